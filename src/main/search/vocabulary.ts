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

/** Lookups over a vocabulary. */
export class Vocabulary {
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
   * vocabulary order, found by a trie walk of the sorted words (nearby-words.ts).
   */
  nearby(typed: string, maxEdits: number, options: NearbyOptions = {}): Map<string, string> {
    const { words, stems } = this.data;
    return new Map(nearbyWords(words, typed, maxEdits, options).map((i) => [words[i]!, stems[i]!]));
  }
}
