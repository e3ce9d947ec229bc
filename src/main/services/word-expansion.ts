/**
 * Expands a typed word into the index terms it stands for, using the vocabulary as written:
 * prefixes (`cooperat*` → `cooperation`, whose stem `cooper` is shorter than the prefix) and words
 * within a few edits (`constrctive` → `constructive`, `constrictive`). Matching the written words,
 * not the stems, is what makes both work.
 */
import type { PositionalIndex } from './positional-index';
import { prefixWithinOneEdit, withinEditDistance } from './match-ranges';

/** Most vocabulary words one prefix may expand to (a one-letter prefix would otherwise take thousands). */
export const MAX_EXPANSIONS = 1000;

/** Words of the vocabulary, with the stem each one is indexed under. */
export interface Expansion {
  /** The words as written (folded), at most `MAX_EXPANSIONS`. */
  words: string[];
  /** Their distinct stems. */
  terms: string[];
  /** True when more words matched than were kept. */
  capped: boolean;
}

/** Words starting with `prefix` (folded). */
export function expandPrefix(index: PositionalIndex, prefix: string): Expansion {
  const [from, to] = index.wordsWithPrefix(prefix);
  const end = Math.min(to, from + MAX_EXPANSIONS);
  const words: string[] = [];
  const terms = new Set<string>();
  for (let i = from; i < end; i++) {
    words.push(index.word(i));
    terms.add(index.term(index.wordTerm(i)));
  }
  return { words, terms: [...terms], capped: to > end };
}

/**
 * Words within `distance` edits of `word` (itself excluded), skipping joined forms of hyphenated
 * pairs, which read oddly as suggestions. With `asPrefix`, compares `word` with the beginnings of
 * the vocabulary's words instead: a typo in a word still being typed (`constrc` → `construct…`).
 */
export function similarWords(index: PositionalIndex, word: string, distance: number, asPrefix = false): Expansion {
  const words: string[] = [];
  const terms = new Set<string>();
  for (let i = 0; i < index.wordCount && words.length < MAX_EXPANSIONS; i++) {
    if (index.isJoinedWord(i)) continue;
    const candidate = index.word(i);
    if (candidate === word) continue;
    if (Math.abs(candidate.length - word.length) > distance && (!asPrefix || candidate.length < word.length - distance)) continue;
    const near = asPrefix ? nearAsPrefix(candidate, word, distance) : withinEditDistance(candidate, word, distance);
    if (near) {
      words.push(candidate);
      terms.add(index.term(index.wordTerm(i)));
    }
  }
  return { words, terms: [...terms], capped: words.length >= MAX_EXPANSIONS };
}

/** True when some beginning of `candidate` is within `distance` edits of `prefix`. */
function nearAsPrefix(candidate: string, prefix: string, distance: number): boolean {
  if (distance === 1) return prefixWithinOneEdit(candidate, prefix);
  for (let length = prefix.length - distance; length <= prefix.length + distance; length++) {
    if (length > 0 && length <= candidate.length && withinEditDistance(candidate.slice(0, length), prefix, distance)) return true;
  }
  return false;
}
