/**
 * The compact layout of a document's index in its shard file (`index/<documentId>.json`), written
 * by the build and read by main without Lunr: Lunr builds the index (its tokenizer hooks, its BM25
 * weights), this module keeps only what the evaluator reads. Lunr's own serialized form would have
 * to be loaded by `lunr.Index.load`, which builds a TokenSet of every term that nothing reads, and
 * keeps each posting's word numbers as arrays of objects (most of the retained heap of a library).
 *
 * The `index` member of a shard file:
 *   { format, fields, terms, paragraphs, offsets, postings }
 *   - `terms`: every term (stem), sorted by UTF-16 code units, distinct;
 *   - `offsets`: base64 of little-endian uint32, `terms.length * fields.length + 1` of them: the byte
 *     offset of posting (term t, field f) in `postings` at `t * fields.length + f` (empty when the
 *     next offset is the same);
 *   - `postings`: base64 of the postings, each made of unsigned LEB128 varints:
 *     count, then `count` paragraph ordinals (delta from the previous, ascending), then `count`
 *     weights (Lunr's field-vector value, which Lunr rounds to thousandths, times 1000), then per
 *     paragraph the number of its word numbers and those (delta from the previous, ascending).
 * Reading is one JSON.parse, a few checks and two base64 decodes: nothing per term or posting.
 */
import type lunr from 'lunr';
import { WORD_NUMBER_METADATA } from '../text/text-analysis';
import { ShardIndex } from './shard-index';

/** Version of the layout above; a shard of another (or none: Lunr's own form) is rebuilt. */
export const SHARD_FORMAT_VERSION = 1;

/** The serialized compact index (JSON). */
export interface ShardIndexData {
  format: number;
  fields: string[];
  terms: string[];
  paragraphs: number;
  offsets: string;
  postings: string;
}

/** The metadata a Lunr posting keeps per paragraph (see `configureBuilder`), by paragraph reference. */
type PostingMetadata = Record<string, Partial<Record<typeof WORD_NUMBER_METADATA, number[]>>>;

/** What `lunr.Index` keeps and @types/lunr does not declare. */
interface LunrInternals {
  invertedIndex: Record<string, Record<string, PostingMetadata> & { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
  fields: string[];
}

/** One paragraph of a (term, field) posting: its ordinal, the term's weight there, its word numbers. */
export interface PostingEntry {
  ordinal: number;
  weight: number;
  wordNumbers: readonly number[];
}

/** One term's postings, field by field (in the index's field order; empty where it is absent). */
export interface TermPostings {
  term: string;
  fields: ReadonlyArray<readonly PostingEntry[]>;
}

/**
 * The compact index of a Lunr index whose references are paragraph ordinals `"0"` … `"n-1"`.
 * Throws when the Lunr index holds something the layout cannot keep exactly (a build error).
 */
export function compactIndex(index: lunr.Index, paragraphCount: number): ShardIndex {
  const { invertedIndex, fieldVectors, fields } = index as unknown as LunrInternals;
  const entries = Object.keys(invertedIndex).map((term): TermPostings => {
    const entry = invertedIndex[term]!;
    return {
      term,
      fields: fields.map((field) => {
        const postings = Object.hasOwn(entry, field) ? entry[field]! : {};
        return Object.entries(postings).map(([ref, metadata]) => ({
          ordinal: Number(ref),
          weight: weightOf(fieldVectors[`${field}/${ref}`]?.elements ?? [], entry._index),
          wordNumbers: metadata[WORD_NUMBER_METADATA] ?? [],
        }));
      }),
    };
  });
  return encodeShardIndex(fields, paragraphCount, entries);
}

/**
 * The compact index of some terms' postings (in any order). Throws on what the layout cannot keep
 * exactly: a paragraph that is not one, a weight that is not a whole number of thousandths.
 */
export function encodeShardIndex(
  fields: readonly string[],
  paragraphCount: number,
  entries: readonly TermPostings[],
): ShardIndex {
  const sorted = [...entries].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const offsets = new Uint32Array(sorted.length * fields.length + 1);
  const writer = new VarintWriter();
  sorted.forEach(({ term, fields: postings }, t) => {
    fields.forEach((_, f) => {
      offsets[t * fields.length + f] = writer.length;
      const paragraphs = [...(postings[f] ?? [])].sort((a, b) => a.ordinal - b.ordinal);
      if (paragraphs.length === 0) return;
      writer.write(paragraphs.length);
      paragraphs.forEach(({ ordinal }, i) => {
        if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= paragraphCount)
          throw new Error(`The index of term '${term}' refers to paragraph '${ordinal}', which is not one.`);
        writer.write(ordinal - (i === 0 ? 0 : paragraphs[i - 1]!.ordinal));
      });
      for (const { weight } of paragraphs) {
        const thousandths = Math.round(weight * 1000);
        if (thousandths / 1000 !== weight || thousandths < 0)
          throw new Error(`The weight ${weight} of '${term}' is not a non-negative number of thousandths.`);
        writer.write(thousandths);
      }
      for (const paragraph of paragraphs) {
        const numbers = [...paragraph.wordNumbers].sort((a, b) => a - b);
        writer.write(numbers.length);
        numbers.forEach((number, i) => writer.write(number - (i === 0 ? 0 : numbers[i - 1]!)));
      }
    });
  });
  offsets[offsets.length - 1] = writer.length;
  return new ShardIndex(
    [...fields],
    sorted.map((entry) => entry.term),
    paragraphCount,
    offsets,
    writer.bytes(),
  );
}

/** The JSON form of a compact index (the `index` member of a shard file). */
export function serializeShardIndex(index: ShardIndex): ShardIndexData {
  return {
    format: SHARD_FORMAT_VERSION,
    fields: [...index.fields],
    terms: [...index.terms],
    paragraphs: index.paragraphCount,
    offsets: Buffer.from(index.offsets.buffer, index.offsets.byteOffset, index.offsets.byteLength).toString('base64'),
    postings: Buffer.from(index.bytes.buffer, index.bytes.byteOffset, index.bytes.byteLength).toString('base64'),
  };
}

/** Reads the `index` member of a parsed shard file, or says why it cannot be used. Never throws. */
export function parseShardIndex(data: unknown): ShardIndex | string {
  if (typeof data !== 'object' || data === null) return 'the index is missing';
  const { format, fields, terms, paragraphs, offsets, postings } = data as Partial<
    Record<keyof ShardIndexData, unknown>
  >;
  if (format !== SHARD_FORMAT_VERSION)
    return `the index has shard format ${typeof format === 'number' ? format : 'none (Lunr’s own)'}, not ${SHARD_FORMAT_VERSION}`;
  if (!isStringArray(fields) || fields.length === 0) return 'the index lists no fields';
  if (!isStringArray(terms)) return 'the index terms are not a list of words';
  for (let i = 1; i < terms.length; i++) if (!(terms[i - 1]! < terms[i]!)) return 'the index terms are not sorted';
  if (typeof paragraphs !== 'number' || !Number.isInteger(paragraphs) || paragraphs < 0)
    return 'the index has no paragraph count';
  if (typeof offsets !== 'string' || typeof postings !== 'string') return 'the index postings are missing';
  const offsetBytes = Buffer.from(offsets, 'base64');
  const slots = terms.length * fields.length + 1;
  if (offsetBytes.length !== slots * 4) return 'the index offsets do not match its terms';
  // Copied into an array of their own: a typed array view needs an aligned start.
  const offsetValues = new Uint32Array(slots);
  new Uint8Array(offsetValues.buffer).set(offsetBytes);
  // Copied out of Node's shared pool (a small Buffer is a view of an 8 KB slab that it would keep alive).
  const postingBytes = new Uint8Array(Buffer.from(postings, 'base64'));
  for (let i = 1; i < slots; i++)
    if (offsetValues[i]! < offsetValues[i - 1]!) return 'the index offsets are not in order';
  if (offsetValues[0] !== 0 || offsetValues[slots - 1] !== postingBytes.length)
    return 'the index postings are not as long as its offsets say';
  return new ShardIndex(fields, terms, paragraphs, offsetValues, postingBytes);
}

/** True for an array of strings only. */
export function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/** The value at `index` in a Lunr vector's sorted `[index, value, index, value, …]` elements (0 when absent). */
function weightOf(elements: readonly number[], index: number): number {
  let low = 0;
  let high = elements.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    const at = elements[middle * 2]!;
    if (at === index) return elements[middle * 2 + 1]!;
    if (at < index) low = middle + 1;
    else high = middle;
  }
  return 0;
}

/** Appends unsigned LEB128 varints to a growing byte array. */
class VarintWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  write(value: number): void {
    if (this.length + 8 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
