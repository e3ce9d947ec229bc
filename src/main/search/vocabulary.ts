/**
 * A document's words as written (folded, unstemmed) with their stems, sorted. Built with the
 * document's index shard and stored beside it. Lunr's index holds only stems, which is not enough for two things a reader
 * does: typing the start of a word (`internati` is not a prefix of the stem `intern`) and
 * misspelling one (`constrctive` is one letter from `constrictive` but three from `constrict`).
 */
import type { CorpusDocument } from '../../shared/corpus-types';
import { prefixRange } from './prefix-range';
import { nearbyWords, type NearbyOptions } from './nearby-words';
import { analyzerFor } from '../text/text-analysis';

/** Serialized form: parallel arrays, `words` sorted. */
export interface VocabularyData {
  words: string[];
  stems: string[];
}

/** Every distinct folded word of a document with its stem, analysed as the document's language. */
export function collectVocabulary(document: CorpusDocument): VocabularyData {
  const { tokenize } = analyzerFor(document.language);
  const stems = new Map<string, string>();
  for (const section of document.sections) {
    for (const paragraph of section.paragraphs) {
      for (const text of [section.title, paragraph.text, ...paragraph.items.map((item) => item.text)]) {
        for (const token of tokenize(text)) stems.set(token.folded, token.term);
      }
    }
  }
  const words = [...stems.keys()].sort();
  return { words, stems: words.map((word) => stems.get(word)!) };
}

/** Per UTF-16 code unit, the stamp of the last `distinctCodeUnits` call that saw it (64K entries, shared). */
const seenCodeUnits = new Uint32Array(65_536);
let codeUnitStamp = 0;

/**
 * The distinct UTF-16 code units of some words, in the order first seen: marked in one shared table
 * rather than added to a Set one by one (the 533 vocabularies of a 532-language library, 4 million
 * letters in all, took some 200 ms the Set's way on the first correction after startup).
 */
function distinctCodeUnits(words: readonly string[]): number[] {
  const stamp = (codeUnitStamp = (codeUnitStamp + 1) >>> 0 || 1);
  const seen = seenCodeUnits;
  const distinct: number[] = [];
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      if (seen[unit] !== stamp) {
        seen[unit] = stamp;
        distinct.push(unit);
      }
    }
  return distinct;
}

/** How many recent `nearby` answers a vocabulary keeps (a reader retypes the same words key after key). */
const RECENT_NEARBY = 8;

/** Lookups over a vocabulary. */
export class Vocabulary {
  /** Every UTF-16 code unit of the words (made on the first correction). */
  private letters: Set<number> | undefined;
  private readonly recent = new Map<string, Map<string, string>>();

  constructor(private readonly data: VocabularyData) {}

  /** Number of distinct words. */
  get size(): number {
    return this.data.words.length;
  }

  /** True when the document holds `word` (folded) as written. */
  has(word: string): boolean {
    const [start, end] = prefixRange(this.data.words, word);
    return end > start && this.data.words[start] === word;
  }

  /** True when the document holds a word that starts with `prefix` (folded). */
  hasPrefix(prefix: string): boolean {
    const [start, end] = prefixRange(this.data.words, prefix);
    return end > start;
  }

  /** Stems of the words that start with `prefix` (folded), without duplicates. */
  stemsWithPrefix(prefix: string): string[] {
    const [start, end] = prefixRange(this.data.words, prefix);
    return [...new Set(this.data.stems.slice(start, end))];
  }

  /**
   * Words (with their stems) within `maxEdits` of `typed` (or whose start is, with `starts`), in
   * vocabulary order, found by a trie walk of the sorted words (nearby-words.ts). No walk at all
   * when more than `maxEdits` of the letters typed are in no word (typed in another script): each
   * edit accounts for at most one of them. The last few answers are kept.
   */
  nearby(typed: string, maxEdits: number, options: NearbyOptions = {}): Map<string, string> {
    const key = `${maxEdits}\u0000${options.starts === true}\u0000${options.limit ?? ''}\u0000${options.except ?? ''}\u0000${typed}`;
    const known = this.recent.get(key);
    if (known) return known;
    if (options.budget?.spent()) return new Map();
    const { words, stems } = this.data;
    this.letters ??= new Set(distinctCodeUnits(words));
    let foreign = 0;
    for (let i = 0; i < typed.length; i++) if (!this.letters.has(typed.charCodeAt(i))) foreign++;
    const found =
      foreign > maxEdits
        ? new Map<string, string>()
        : new Map(nearbyWords(words, typed, maxEdits, options).map((i) => [words[i]!, stems[i]!]));
    // An answer cut short by the time budget is not kept: the next search may have time for all of it.
    if (!options.budget?.cut) {
      this.recent.set(key, found);
      if (this.recent.size > RECENT_NEARBY) this.recent.delete(this.recent.keys().next().value!);
    }
    return found;
  }
}
