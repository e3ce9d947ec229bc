/**
 * The search index: a compact positional inverted index built with the one tokenizer
 * (text-analysis.ts). For each field (`title`, `body`) and each stemmed term it stores the entries
 * (paragraphs, by ordinal) that hold the term, how often, and at which word positions, so that
 * phrases are checked from the index itself. It also keeps the vocabulary as written (folded,
 * unstemmed), which prefix and fuzzy matching need: `cooperat…` must reach `cooperation` although
 * the index holds its stem `cooper`.
 *
 * Postings are unsigned varints, base64-encoded in the JSON file, decoded lazily per term and
 * cached. Lunr's serialized index keys every posting by its full string reference, which made a
 * 10,000-section library a 150 MB file that answered common words in hundreds of milliseconds;
 * this layout keeps both small (see README, Performance).
 */
import { tokenize } from './text-analysis';
import { fromBase64, VarintReader, VarintWriter } from './varint';

/** Identifies this layout inside `search-index.json`. */
export const INDEX_FORMAT = 'reader-positional-index/2';

/** The indexed fields: the section heading (for `title:` queries) and the paragraph's own text. */
export type IndexField = 'title' | 'body';

/** The text of one index entry, per field, in parts (a paragraph, then each of its list items). */
export interface IndexEntryText {
  title: readonly string[];
  body: readonly string[];
}

/** One field's postings, as stored. */
export interface SerializedField {
  /** Words per entry, as base64 varints. */
  lengths: string;
  /** Every term's postings, as base64 varints. */
  postings: string;
  /** Byte offset of each term's postings; one more than there are terms (the last is the end). */
  offsets: number[];
}

/** The JSON form of the index (the `index` member of `search-index.json`). */
export interface SerializedSearchIndex {
  format: typeof INDEX_FORMAT;
  /** Number of entries (paragraphs), numbered 0… in corpus order. */
  entryCount: number;
  /** Stemmed terms, sorted. */
  terms: string[];
  /** Every word as written (folded, not stemmed), sorted. */
  words: string[];
  /** The term of each word (an index into `terms`). */
  wordTerms: number[];
  /** Indexes into `words` of the words that occur only as the joined form of a hyphenated pair. */
  joinedWords: number[];
  fields: Record<IndexField, SerializedField>;
}

/** The entries holding one term in one field, with how often each holds it. */
export interface Posting {
  entries: Int32Array;
  counts: Int32Array;
  /** Where in each entry (decoded on first use: only phrases need them). */
  positions: () => PositionList;
}

/**
 * Word positions of a posting, encoded `2 × word position + 1 if the occurrence is a joined form
 * (it spans two words)`, sorted, per entry `i` from `starts[i]` to `starts[i + 1]`.
 */
export interface PositionList {
  starts: Int32Array;
  positions: Int32Array;
}

interface FieldData {
  serialized: SerializedField;
  bytes: Uint8Array;
  lengths: Uint32Array;
  averageLength: number;
}

const NO_POSITIONS: PositionList = { starts: new Int32Array(1), positions: new Int32Array(0) };
const EMPTY_POSTING: Posting = { entries: new Int32Array(0), counts: new Int32Array(0), positions: () => NO_POSITIONS };
const FIELDS: readonly IndexField[] = ['title', 'body'];
/** Entries of decoded postings kept in memory; beyond this, the cache starts over. */
const POSTING_CACHE_ENTRIES = 8_000_000;

/** A loaded (or freshly built) index. Read-only; every lookup is by term id or entry ordinal. */
export class PositionalIndex {
  private readonly fields: Record<IndexField, FieldData>;
  private readonly joined: Uint8Array;
  private readonly cache = new Map<number, Posting>();
  private cachedNumbers = 0;

  private constructor(private readonly data: SerializedSearchIndex) {
    this.fields = {
      title: decodeField(data.fields.title, data.entryCount),
      body: decodeField(data.fields.body, data.entryCount),
    };
    this.joined = new Uint8Array(data.words.length);
    for (const index of data.joinedWords) this.joined[index] = 1;
  }

  /** Builds the index of `entries` (entry ordinals are their order). */
  static build(entries: Iterable<IndexEntryText>): PositionalIndex {
    return new PositionalIndex(buildSerialized(entries));
  }

  /** Loads a serialized index; throws an Error saying what is wrong when it is not one. */
  static load(json: unknown): PositionalIndex {
    return new PositionalIndex(validate(json));
  }

  /** The JSON form, as written to `search-index.json`. */
  toJSON(): SerializedSearchIndex {
    return this.data;
  }

  /** Number of entries (paragraphs). */
  get entryCount(): number {
    return this.data.entryCount;
  }

  /** The id of a stemmed term, or -1 when no text holds it. */
  termId(term: string): number {
    const index = lowerBound(this.data.terms, term);
    return this.data.terms[index] === term ? index : -1;
  }

  /** The stemmed term with this id. */
  term(termId: number): string {
    return this.data.terms[termId]!;
  }

  /** The entries holding a term in a field, with counts and positions. */
  posting(field: IndexField, termId: number): Posting {
    const key = termId * 2 + (field === 'title' ? 1 : 0);
    let posting = this.cache.get(key);
    if (!posting) {
      const data = this.fields[field];
      const start = data.serialized.offsets[termId];
      const end = data.serialized.offsets[termId + 1];
      posting = start === undefined || end === undefined || start === end ? EMPTY_POSTING : decodePosting(data.bytes, start);
      const numbers = posting.entries.length;
      if (this.cachedNumbers + numbers > POSTING_CACHE_ENTRIES) {
        this.cache.clear();
        this.cachedNumbers = 0;
      }
      this.cache.set(key, posting);
      this.cachedNumbers += numbers;
    }
    return posting;
  }

  /** Words per entry in a field (the lengths BM25 normalises by), indexed by entry. */
  entryLengths(field: IndexField): Uint32Array {
    return this.fields[field].lengths;
  }

  /** Average words per entry in a field. */
  averageLength(field: IndexField): number {
    return this.fields[field].averageLength;
  }

  /** Number of distinct words as written. */
  get wordCount(): number {
    return this.data.words.length;
  }

  /** The word (folded, as written) at a vocabulary index. */
  word(index: number): string {
    return this.data.words[index]!;
  }

  /** The term id of the word at a vocabulary index. */
  wordTerm(index: number): number {
    return this.data.wordTerms[index]!;
  }

  /** True when the word occurs only as the joined form of a hyphenated pair (`rightscentered`). */
  isJoinedWord(index: number): boolean {
    return this.joined[index] === 1;
  }

  /** The vocabulary indexes `[from, to)` of the words that start with `prefix`. */
  wordsWithPrefix(prefix: string): [number, number] {
    const words = this.data.words;
    const from = lowerBound(words, prefix);
    let to = from;
    while (to < words.length && words[to]!.startsWith(prefix)) to++;
    return [from, to];
  }
}

/** First index whose value is not below `value` (code-unit order, as Array#sort). */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function decodeField(serialized: SerializedField, entryCount: number): FieldData {
  const reader = new VarintReader(fromBase64(serialized.lengths));
  const lengths = new Uint32Array(entryCount);
  let total = 0;
  for (let entry = 0; entry < entryCount; entry++) {
    lengths[entry] = reader.read();
    total += lengths[entry]!;
  }
  return { serialized, bytes: fromBase64(serialized.postings), lengths, averageLength: entryCount > 0 ? total / entryCount : 0 };
}

/**
 * Layout of one term's postings: entry count, position count; per entry its ordinal delta and
 * count; then every entry's position deltas. Entries and counts decode at once, positions later.
 */
function decodePosting(bytes: Uint8Array, offset: number): Posting {
  const reader = new VarintReader(bytes, offset);
  const size = reader.read();
  const total = reader.read();
  const entries = new Int32Array(size);
  const counts = new Int32Array(size);
  let entry = 0;
  for (let i = 0; i < size; i++) {
    entry += reader.read();
    entries[i] = entry;
    counts[i] = reader.read();
  }
  const positionsAt = reader.offset;
  let positions: PositionList | null = null;
  return {
    entries,
    counts,
    positions: () => (positions ??= decodePositions(bytes, positionsAt, counts, total)),
  };
}

function decodePositions(bytes: Uint8Array, offset: number, counts: Int32Array, total: number): PositionList {
  const reader = new VarintReader(bytes, offset);
  const starts = new Int32Array(counts.length + 1);
  const positions = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    starts[i] = at;
    let position = 0;
    for (let j = 0; j < counts[i]!; j++) {
      position += reader.read();
      positions[at++] = position;
    }
  }
  starts[counts.length] = at;
  return { starts, positions };
}

/** Tokenizes every entry and writes the serialized index. */
function buildSerialized(entries: Iterable<IndexEntryText>): SerializedSearchIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const words = new Map<string, { term: string; joinedOnly: boolean }>();
  // Per field, per (provisional) term id: flat [entry, count, ...positions, entry, count, ...].
  const lists: Record<IndexField, number[][]> = { title: [], body: [] };
  const lengths: Record<IndexField, number[]> = { title: [], body: [] };
  let entryCount = 0;
  for (const entry of entries) {
    for (const field of FIELDS) {
      const occurrences = new Map<number, number[]>();
      let base = 0;
      let length = 0;
      for (const part of entry[field]) {
        let partWords = 0;
        for (const token of tokenize(part)) {
          let id = termIds.get(token.term);
          if (id === undefined) {
            id = terms.length;
            termIds.set(token.term, id);
            terms.push(token.term);
          }
          const known = words.get(token.folded);
          if (!known) words.set(token.folded, { term: token.term, joinedOnly: token.compound });
          else if (!token.compound) known.joinedOnly = false;
          const list = occurrences.get(id) ?? [];
          list.push((base + token.position) * 2 + (token.compound ? 1 : 0));
          occurrences.set(id, list);
          if (!token.compound) partWords = token.position + 1;
        }
        // One empty position between parts: a phrase never runs from a paragraph into its list.
        base += partWords + 1;
        length += partWords;
      }
      lengths[field].push(length);
      for (const [id, positions] of occurrences) {
        const list = (lists[field][id] ??= []);
        positions.sort((a, b) => a - b);
        list.push(entryCount, positions.length, ...positions);
      }
    }
    entryCount++;
  }

  const order = terms.map((_, id) => id).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const sortedId = new Int32Array(terms.length);
  order.forEach((id, sorted) => (sortedId[id] = sorted));
  const fields = {} as Record<IndexField, SerializedField>;
  for (const field of FIELDS) {
    const writer = new VarintWriter();
    const offsets: number[] = [];
    for (const id of order) {
      offsets.push(writer.offset);
      const list = lists[field][id];
      if (list) writePosting(writer, list);
    }
    offsets.push(writer.offset);
    const lengthWriter = new VarintWriter();
    for (const length of lengths[field]) lengthWriter.write(length);
    fields[field] = { lengths: lengthWriter.toBase64(), postings: writer.toBase64(), offsets };
  }
  const sortedWords = [...words.keys()].sort();
  return {
    format: INDEX_FORMAT,
    entryCount,
    terms: order.map((id) => terms[id]!),
    words: sortedWords,
    wordTerms: sortedWords.map((word) => sortedId[termIds.get(words.get(word)!.term)!]!),
    joinedWords: sortedWords.flatMap((word, index) => (words.get(word)!.joinedOnly ? [index] : [])),
    fields,
  };
}

function writePosting(writer: VarintWriter, list: number[]): void {
  let size = 0;
  let total = 0;
  for (let i = 0; i < list.length; i += 2 + list[i + 1]!) {
    size++;
    total += list[i + 1]!;
  }
  writer.write(size);
  writer.write(total);
  let previousEntry = 0;
  for (let i = 0; i < list.length; i += 2 + list[i + 1]!) {
    writer.write(list[i]! - previousEntry);
    writer.write(list[i + 1]!);
    previousEntry = list[i]!;
  }
  for (let i = 0; i < list.length; i += 2 + list[i + 1]!) {
    let previous = 0;
    for (let j = 0; j < list[i + 1]!; j++) {
      const position = list[i + 2 + j]!;
      writer.write(position - previous);
      previous = position;
    }
  }
}

/** Checks the shape of a serialized index (it comes from a file). */
function validate(json: unknown): SerializedSearchIndex {
  const data = json as Partial<SerializedSearchIndex> | null;
  if (typeof data !== 'object' || data === null) throw new Error('it is not an object');
  if (data.format !== INDEX_FORMAT) throw new Error(`its format is ${JSON.stringify(data.format ?? null)}, not ${INDEX_FORMAT}`);
  const { entryCount, terms, words, wordTerms, joinedWords, fields } = data;
  if (!Number.isInteger(entryCount) || entryCount! < 0) throw new Error('its entry count is not a whole number');
  if (!isStringArray(terms) || !isStringArray(words)) throw new Error('its term or word list is not a list of strings');
  if (!isIntArray(wordTerms, terms.length) || wordTerms.length !== words.length) throw new Error('its word-to-term table does not match its lists');
  if (!isIntArray(joinedWords, words.length)) throw new Error('its joined-word list is not a list of word indexes');
  for (const field of FIELDS) {
    const value = fields?.[field];
    if (!value || typeof value.lengths !== 'string' || typeof value.postings !== 'string' || !isIntArray(value.offsets, Number.MAX_SAFE_INTEGER)) {
      throw new Error(`its field '${field}' is malformed`);
    }
    if (value.offsets.length !== terms.length + 1) throw new Error(`its field '${field}' has ${value.offsets.length} offsets for ${terms.length} terms`);
  }
  return data as SerializedSearchIndex;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isIntArray(value: unknown, below: number): value is number[] {
  return Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < below);
}
