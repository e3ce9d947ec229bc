/**
 * Finds where a planned query's words stand in a text, with the same tokenizer the index uses:
 * the ranges the reading pane and the snippets highlight. Term clauses match a token whose stem is
 * one of their alternatives; phrases match consecutive words (a hyphenated pair may stand for one
 * joined unit, as in the index).
 */
import type { TextRange } from '../../shared/contract';
import type { PlannedClause, PlannedPhrase } from './query-plan';
import { tokenize, type TextToken } from './text-analysis';

/** Ranges of every occurrence of a phrase. */
function phraseRanges(clause: PlannedPhrase, tokens: TextToken[]): TextRange[] {
  const byPosition = new Map<number, TextToken[]>();
  for (const token of tokens) {
    const list = byPosition.get(token.position) ?? [];
    list.push(token);
    byPosition.set(token.position, list);
  }
  const ends = (k: number, position: number): number | null => {
    if (k === clause.units.length) return position;
    for (const token of byPosition.get(position) ?? []) {
      if (token.term !== clause.units[k]) continue;
      const end = ends(k + 1, position + (token.compound ? 2 : 1));
      if (end !== null) return end;
    }
    return null;
  };
  const ranges: TextRange[] = [];
  for (const token of tokens) {
    if (token.term !== clause.units[0]) continue;
    const after = ends(1, token.position + (token.compound ? 2 : 1));
    if (after === null) continue;
    // The phrase ends with the word just before `after` (also when a joined pair ends there).
    const last = byPosition.get(after - 1)?.find((t) => !t.compound);
    ranges.push([token.start, Math.max(token.end, last?.end ?? token.end)]);
  }
  return ranges;
}

/**
 * Ranges in `text` matched by the clauses that look in `field` (excluded clauses are not
 * highlighted). Sorted and merged, so they can be wrapped in <mark> as they are. `tokens`, when
 * given, must be `tokenize(text)` (callers may keep them for texts they highlight often).
 */
export function matchRanges(text: string, clauses: readonly PlannedClause[], field: 'title' | 'body', tokens?: () => TextToken[]): TextRange[] {
  const relevant = clauses.filter((clause) => clause.presence !== 'excluded' && clause.field === field);
  if (relevant.length === 0 || text === '') return [];
  const words = tokens ? tokens() : tokenize(text);
  const ranges: TextRange[] = [];
  for (const clause of relevant) {
    if (clause.kind === 'phrase') {
      ranges.push(...phraseRanges(clause, words));
    } else {
      const terms = new Set(clause.terms);
      for (const token of words) if (terms.has(token.term)) ranges.push([token.start, token.end]);
    }
  }
  return mergeRanges(ranges);
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
 * letters as one edit (as Lunr's fuzzy match does). Linear for `limit` 1 (the common case: it runs
 * over the whole vocabulary), a banded table with an early exit otherwise.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (limit <= 0) return a === b;
  if (limit === 1) return withinOneEdit(a, b);
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
      rowMin = Math.min(rowMin, distance);
    }
    if (rowMin > limit) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** At most one insertion, deletion, substitution or adjacent swap turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) return withinOneEdit(b, a);
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length) return true; // equal
  if (a.length === b.length) {
    // One substitution, or one swap of neighbours.
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  // `a` is one longer: drop its letter at i.
  return sameFrom(a, i + 1, b, i);
}

/**
 * True when some beginning of `word` is within one edit of `prefix` (a word being typed, with a
 * typo: `constrc` → `constructive`). Linear, no allocation: it runs over the whole vocabulary.
 */
export function prefixWithinOneEdit(word: string, prefix: string): boolean {
  let i = 0;
  while (i < prefix.length && i < word.length && word.charCodeAt(i) === prefix.charCodeAt(i)) i++;
  if (i === prefix.length) return true;
  return (
    startsWithFrom(word, i + 1, prefix, i + 1) || // substitution
    startsWithFrom(word, i, prefix, i + 1) || // a letter too many typed
    startsWithFrom(word, i + 1, prefix, i) || // a letter missed
    (word[i] === prefix[i + 1] && word[i + 1] === prefix[i] && startsWithFrom(word, i + 2, prefix, i + 2)) // swap
  );
}

/** `a` from `i` equals `b` from `j` (same remaining length, same letters). */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  return a.length - i === b.length - j && startsWithFrom(a, i, b, j);
}

/** `a` from `i` starts with `b` from `j`. */
function startsWithFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i < b.length - j) return false;
  for (; j < b.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
