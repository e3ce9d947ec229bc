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
  options: NearbyOptions = {},
): number[] {
  const walk = new TrieWalk(sorted, typed, maxEdits, options);
  if (sorted.length > 0) walk.visit(0, sorted.length, 0);
  return walk.found;
}

/** One walk: the edit-distance table along the current path, and what was found. */
class TrieWalk {
  readonly found: number[] = [];
  private readonly length: number;
  private readonly limit: number;
  private readonly budget: SearchBudget | undefined;
  private readonly starts: boolean;
  private readonly except: string | undefined;
  /**
   * Row d (at `d * (length + 1)`): distance between the path's first d letters and the first j
   * letters typed, at `+ j`. One row per depth, reused: the walk is depth first.
   */
  private readonly table: Int32Array;
  /** Per depth (at `depth * 2 * length`), the letters a branch may go on with when no edit is left. */
  private readonly wanted: Int32Array;
  private visited = 0;
  private stopped = false;

  constructor(
    private readonly sorted: readonly string[],
    private readonly typed: string,
    private readonly maxEdits: number,
    { limit = Infinity, budget, starts = false, except }: NearbyOptions,
  ) {
    this.length = typed.length;
    this.limit = limit;
    this.budget = budget;
    this.starts = starts;
    this.except = except;
    this.table = new Int32Array((this.length + maxEdits + 2) * (this.length + 1));
    for (let j = 0; j <= this.length; j++) this.table[j] = j;
    this.wanted = new Int32Array((this.length + maxEdits + 1) * 2 * this.length);
  }

  /** Visits the trie node of the words `low` to `high`, which share their first `depth` letters. */
  visit(low: number, high: number, depth: number): void {
    // The budget is looked at on the first node (a walk of a small vocabulary is a few dozen) and every few hundred.
    if (this.visited++ % NODES_PER_BUDGET_LOOK === 0 && this.budget?.spent()) this.stopped = true;
    if (this.stopped) return;
    const { sorted, typed, length, maxEdits, table } = this;
    const width = length + 1;
    const row = depth * width;
    const reached = table[row + length]! <= maxEdits;
    if (this.starts && reached && depth >= length - maxEdits) {
      for (let i = low; i < high && !this.stopped; i++) this.emit(i);
      return;
    }
    let next = low;
    if (sorted[low]!.length === depth) {
      if (reached && !this.starts) this.emit(low);
      next++;
    }
    if (depth >= length + maxEdits) return;
    let best = table[row]!;
    for (let j = 1; j <= length; j++) if (table[row + j]! < best) best = table[row + j]!;
    if (best < maxEdits) {
      // Room for one more edit: any next letter may lead somewhere.
      while (next < high && !this.stopped) {
        const letter = sorted[next]!.charCodeAt(depth);
        const end = groupEnd(sorted, next, high, depth, letter);
        this.child(next, end, depth, letter);
        next = end;
      }
      return;
    }
    // No edit left: only a next letter that is a letter typed keeps the branch within reach (the
    // next one after a path exactly at the limit, or a swap's second letter). Those branches are
    // found by binary search; the others are never visited.
    const before = row - width;
    const previousLetter = depth > 0 ? sorted[low]!.charCodeAt(depth - 1) : -1;
    const { wanted } = this;
    const first = depth * 2 * length;
    let last = first;
    for (let j = 1; j <= length; j++) {
      if (table[row + j - 1]! <= maxEdits) last = insertSorted(wanted, first, last, typed.charCodeAt(j - 1));
      if (depth > 0 && j > 1 && table[before + j - 2]! < maxEdits && previousLetter === typed.charCodeAt(j - 1))
        last = insertSorted(wanted, first, last, typed.charCodeAt(j - 2));
    }
    for (let w = first; w < last && !this.stopped; w++) {
      const letter = wanted[w]!;
      next = groupStart(sorted, next, high, depth, letter);
      if (next >= high) break;
      if (sorted[next]!.charCodeAt(depth) !== letter) continue;
      const end = groupEnd(sorted, next, high, depth, letter);
      this.child(next, end, depth, letter);
      next = end;
    }
  }

  /** Computes the row of the child by `letter` of a node at `depth`, and visits it unless it is out of reach. */
  private child(start: number, end: number, depth: number, letter: number): void {
    const { typed, length, maxEdits, table } = this;
    const width = length + 1;
    const row = depth * width;
    const before = row - width;
    const next = row + width;
    const previousLetter = depth > 0 ? this.sorted[start]!.charCodeAt(depth - 1) : -1;
    table[next] = depth + 1;
    let best = depth + 1;
    for (let j = 1; j <= length; j++) {
      const cost = typed.charCodeAt(j - 1) === letter ? 0 : 1;
      let distance = Math.min(table[row + j]! + 1, table[next + j - 1]! + 1, table[row + j - 1]! + cost);
      if (depth > 0 && j > 1 && letter === typed.charCodeAt(j - 2) && previousLetter === typed.charCodeAt(j - 1))
        distance = Math.min(distance, table[before + j - 2]! + 1);
      table[next + j] = distance;
      if (distance < best) best = distance;
    }
    // A branch whose every entry is past the limit holds no word within reach (nor do its extensions).
    if (best <= maxEdits) this.visit(start, end, depth + 1);
  }

  private emit(index: number): void {
    if (this.sorted[index] === this.except) return;
    this.found.push(index);
    if (this.found.length >= this.limit) this.stopped = true;
  }
}

/** Adds `letter` to the entries `first` to `last` of `list` (ascending, distinct); returns the new end. */
function insertSorted(list: Int32Array, first: number, last: number, letter: number): number {
  let at = last;
  while (at > first && list[at - 1]! > letter) at--;
  if (at > first && list[at - 1] === letter) return last;
  for (let i = last; i > at; i--) list[i] = list[i - 1]!;
  list[at] = letter;
  return last + 1;
}

/** The first of the words from `low` to `high` whose letter at `depth` is at least `letter` (binary search). */
function groupStart(sorted: readonly string[], low: number, high: number, depth: number, letter: number): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.charCodeAt(depth) < letter) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The end of the run of words, from `start`, whose letter at `depth` is `letter`: galloping, then
 * binary search (most runs deep in the trie are a word or two long).
 */
function groupEnd(sorted: readonly string[], start: number, high: number, depth: number, letter: number): number {
  let known = start; // the last index known to hold `letter` there
  let probe = start + 1;
  for (let step = 1; probe < high && sorted[probe]!.charCodeAt(depth) === letter; step *= 2) {
    known = probe;
    probe = known + step;
  }
  let low = known + 1;
  let end = Math.min(probe, high);
  while (low < end) {
    const middle = (low + end) >> 1;
    if (sorted[middle]!.charCodeAt(depth) <= letter) low = middle + 1;
    else end = middle;
  }
  return low;
}
