/**
 * Words of a sorted list within a few edits of a typed word, found by walking the list as a trie:
 * the words sharing a start are a range of the sorted list, so each trie node is a range, its
 * children the sub-ranges by next letter (found by binary search), and nothing is built or stored.
 * The walk carries one row of the edit-distance table per letter of the path and leaves a branch
 * as soon as every entry of its row exceeds the limit, so it visits the words within reach and
 * their starts, never the whole list (a linear scan of 210,000 words took 28–105 ms per keystroke).
 *
 * Distance as `withinEditDistance` (match-ranges.ts) counts it: insertion, deletion, substitution
 * and the swap of two adjacent letters (optimal string alignment), in UTF-16 code units.
 */
import type { SearchBudget } from './search-budget';

/** What a walk may return, and how. */
export interface NearbyOptions {
  /** Most words returned (the first in list order). */
  limit?: number;
  /** Time left: the walk stops (with what it found) once it is spent. */
  budget?: SearchBudget;
  /** Compare the starts of words with the typed word (a word still being typed): see `nearbyWords`. */
  starts?: boolean;
  /** A word never returned (the typed word itself, when it is looking for others). */
  except?: string;
}

/** Trie nodes visited between two looks at the budget. */
const NODES_PER_BUDGET_LOOK = 256;

/**
 * Indexes, ascending, of the words of `sorted` (sorted by UTF-16 code units, distinct) within
 * `maxEdits` of `typed`; with `starts`, of the words one of whose starts of `typed.length` letters,
 * give or take `maxEdits`, is within `maxEdits` of it (`constrc` finds `constrictive`).
 */
export function nearbyWords(
  sorted: readonly string[],
  typed: string,
  maxEdits: number,
  { limit = Infinity, budget, starts = false, except }: NearbyOptions = {},
): number[] {
  const found: number[] = [];
  const length = typed.length;
  const letters = Array.from({ length }, (_, j) => typed.charCodeAt(j));
  let visited = 0;
  let stopped = false;

  const emit = (index: number): void => {
    if (sorted[index] === except) return;
    found.push(index);
    if (found.length >= limit) stopped = true;
  };

  // `row[j]`: distance between the path's first `depth` letters and the first j letters typed.
  const visit = (low: number, high: number, depth: number, before: Int32Array | null, row: Int32Array): void => {
    if (++visited % NODES_PER_BUDGET_LOOK === 0 && budget?.spent()) stopped = true;
    if (stopped) return;
    const reached = row[length]! <= maxEdits;
    if (starts && reached && depth >= length - maxEdits) {
      for (let i = low; i < high && !stopped; i++) emit(i);
      return;
    }
    let next = low;
    if (sorted[low]!.length === depth) {
      if (reached && !starts) emit(low);
      next++;
    }
    if (depth >= length + maxEdits || stopped) return;
    let best = row[0]!;
    for (let j = 1; j <= length; j++) if (row[j]! < best) best = row[j]!;
    if (best > maxEdits) return;
    const previousLetter = depth > 0 ? sorted[low]!.charCodeAt(depth - 1) : -1;
    while (next < high && !stopped) {
      const letter = sorted[next]!.charCodeAt(depth);
      const end = groupEnd(sorted, next, high, depth, letter);
      const child = new Int32Array(length + 1);
      child[0] = depth + 1;
      for (let j = 1; j <= length; j++) {
        const cost = letters[j - 1] === letter ? 0 : 1;
        let distance = Math.min(row[j]! + 1, child[j - 1]! + 1, row[j - 1]! + cost);
        if (before && j > 1 && letter === letters[j - 2] && previousLetter === letters[j - 1])
          distance = Math.min(distance, before[j - 2]! + 1);
        child[j] = distance;
      }
      visit(next, end, depth + 1, row, child);
      next = end;
    }
  };

  if (sorted.length > 0)
    visit(
      0,
      sorted.length,
      0,
      null,
      Int32Array.from({ length: length + 1 }, (_, j) => j),
    );
  return found;
}

/** The end of the run of words, from `start`, whose letter at `depth` is `letter` (binary search). */
function groupEnd(sorted: readonly string[], start: number, high: number, depth: number, letter: number): number {
  let low = start + 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.charCodeAt(depth) <= letter) low = middle + 1;
    else high = middle;
  }
  return low;
}
