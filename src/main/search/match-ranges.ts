/**
 * Finds where a parsed query's words stand in a text, with the same tokenizer the index uses:
 * the ranges the reading pane and the snippets highlight.
 */
import type { TextRange } from '../../shared/contract';
import type { PhraseClause, QueryClause, TermClause } from './query-parser';
import { ENGLISH, type TextAnalyzer, type TextToken } from '../text/text-analysis';

/** True when `token` satisfies a term clause: same stem, a prefix, or within the edit distance. */
function termMatches(clause: TermClause, token: TextToken): boolean {
  if (token.term === clause.term || clause.alternatives?.includes(token.term)) return true;
  if (clause.prefix || clause.completion)
    return token.term.startsWith(clause.term) || token.folded.startsWith(clause.display);
  return false;
}

/** Ranges of every occurrence of a phrase (its words consecutive). */
function phraseRanges(clause: PhraseClause, words: readonly TextToken[]): TextRange[] {
  const ranges: TextRange[] = [];
  const { terms, lastAlternatives } = clause;
  const length = terms.length;
  // Plain loops, no function made per word: this runs for every word of every hit's passage.
  for (let i = 0; i + length <= words.length; i++) {
    let offset = 0;
    while (offset < length) {
      const term = words[i + offset]!.term;
      if (term !== terms[offset] && !(offset === length - 1 && lastAlternatives?.includes(term))) break;
      offset++;
    }
    if (offset === length) ranges.push([words[i]!.start, words[i + length - 1]!.end]);
  }
  return ranges;
}

/**
 * Ranges in `text` matched by the clauses that look in `field` (excluded clauses are not
 * highlighted), the text cut into words as its language is (English by default). Sorted and
 * merged, so they can be wrapped in <mark> as they are.
 */
export function matchRanges(
  text: string,
  clauses: QueryClause[],
  field: 'title' | 'body',
  analyzer: TextAnalyzer = ENGLISH,
): TextRange[] {
  const relevant = clauses.filter(
    (clause) => clause.presence !== 'excluded' && clause.titleOnly === (field === 'title'),
  );
  if (relevant.length === 0) return [];
  const { tokens, pairs } = wordsOf(text, field, analyzer);
  const ranges: TextRange[] = [];
  for (const clause of relevant) {
    if (clause.kind === 'phrase') ranges.push(...phraseRanges(clause, tokens));
    else {
      for (const token of tokens) if (termMatches(clause, token)) ranges.push([token.start, token.end]);
      // A prefix is looked for in the words as written, not in hyphenated pairs joined.
      if (!clause.prefix)
        for (const token of pairs) if (termMatches(clause, token)) ranges.push([token.start, token.end]);
    }
  }
  return mergeRanges(ranges);
}

/** A text cut into words (and, in the body, its hyphenated pairs joined), and how. */
interface CutText {
  language: string;
  field: 'title' | 'body';
  tokens: readonly TextToken[];
  pairs: readonly TextToken[];
}

/**
 * Most texts kept cut into words: keystroke after keystroke, a search highlights mostly the same
 * passages, and cutting them again was half of what a keystroke cost on the bundled library.
 * Keyed by the text alone (the corpus's own strings, whose hash V8 keeps): a text cut in another
 * language or field is cut again.
 */
const KEPT_CUT_TEXTS = 512;
const cutTexts = new Map<string, CutText>();

/** The words of a text as its language cuts them, from the last few hundred texts cut when it is one of them. */
function wordsOf(text: string, field: 'title' | 'body', analyzer: TextAnalyzer): CutText {
  let cut = cutTexts.get(text);
  if (cut) cutTexts.delete(text);
  if (!cut || cut.language !== analyzer.language || cut.field !== field) {
    const tokens = analyzer.tokenize(text);
    cut = {
      language: analyzer.language,
      field,
      tokens,
      pairs: field === 'body' ? analyzer.joinedPairs(text, tokens) : [],
    };
    if (cutTexts.size >= KEPT_CUT_TEXTS) cutTexts.delete(cutTexts.keys().next().value!);
  }
  cutTexts.set(text, cut);
  return cut;
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Edit distance ≤ `limit`, counting an insertion, deletion, substitution or swap of two adjacent
 * letters as one edit (as Lunr's fuzzy match does), with an early exit: words are short.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (limit === 1) return withinOneEdit(a, b);
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
      rowMin = Math.min(rowMin, distance);
    }
    if (rowMin > limit) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** `withinEditDistance(a, b, 1)` without a table: past the common start, the rests must line up. */
function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.startsWith(b.slice(i), i + 1); // a letter of a deleted
  if (a.length < b.length) return b.startsWith(a.slice(i), i + 1); // a letter inserted
  if (i === a.length || a.startsWith(b.slice(i + 1), i + 1)) return true; // equal, or one letter replaced
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.startsWith(b.slice(i + 2), i + 2); // two letters swapped
}
