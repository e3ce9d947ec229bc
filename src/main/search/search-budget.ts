/**
 * How much a search may cost, so that main never freezes on one: a time budget, and caps on what
 * one word may expand to. A search that reaches a limit answers with what it found so far and a
 * notice (see SearchService); it never throws and never runs on.
 */

/**
 * Processor time one search may take before it answers with what it has found so far: with what
 * is made after it (each language's fit to the query, the ranking of the best passages, their
 * snippets: 7–10 ms for `x~2`, found in 400 of the 533 documents of the 532-language library), a
 * search stays within the 50 ms a worst query may cost at library scale (with 40 ms, `x~2` took
 * 48–52 ms). Counted in processor time, not on the wall clock: what a query costs, the same on a
 * busy machine as on an idle one (a wall-clock budget would cut searches short whenever another
 * program is busy).
 */
export const SEARCH_TIME_BUDGET_MS = 36;
/** Most index terms a prefix (`rig*`, a word being typed) stands for; the shortest are kept. */
export const MAX_PREFIX_TERMS = 400;
/** Most corpus words a fuzzy word (`word~2`, or a correction) stands for. */
export const MAX_FUZZY_WORDS = 64;
/**
 * Wall-clock time between two reads of the processor clock (a system call, about 0.3 µs, where
 * `performance.now()` costs 0.05 µs): a search that looks at its budget for each of 200,000
 * postings must not spend 60 ms reading the clock.
 */
const PROCESSOR_CLOCK_STEP_MS = 0.5;

/** The time left to one search; `cut` is true once some work was skipped because the time was up. */
export class SearchBudget {
  private readonly deadline: number;
  /** True once work was skipped: the answer is what was found so far. */
  cut = false;

  constructor(
    milliseconds: number,
    private readonly clock: () => number = processorMilliseconds,
  ) {
    this.deadline = clock() + milliseconds;
  }

  /**
   * A budget for one step of the search: `fraction` of the time left, on the same clock. Spending
   * it stops that step only (this budget is not marked cut), so the steps after it still run.
   */
  share(fraction: number): SearchBudget {
    return new SearchBudget(Math.max(0, this.deadline - this.clock()) * fraction, this.clock);
  }

  /** True when the time is up; the caller skips the work it was about to do (recorded in `cut`). */
  spent(): boolean {
    if (this.cut) return true;
    if (this.clock() < this.deadline) return false;
    this.cut = true;
    return true;
  }
}

/** One search in progress: its time budget, and what the reader must be told about expansions cut short. */
export interface SearchRun {
  budget: SearchBudget;
  capped: Set<string>;
}

/** The shortest `max` of some terms (then in alphabetical order): what a capped prefix keeps. */
export function shortestTerms(terms: readonly string[], max: number): string[] {
  if (terms.length <= max) return [...terms];
  return [...terms].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, max);
}

let processorRead = { wall: -Infinity, processor: 0 };

/**
 * Processor time (user and system) this process has used, in milliseconds: read from the system
 * at most every PROCESSOR_CLOCK_STEP_MS of wall-clock time, and in between estimated as the last
 * reading plus the wall-clock time since (an upper bound for one thread: a budget never overruns).
 */
function processorMilliseconds(): number {
  const wall = performance.now();
  if (wall - processorRead.wall < PROCESSOR_CLOCK_STEP_MS) return processorRead.processor + (wall - processorRead.wall);
  const { user, system } = process.cpuUsage();
  processorRead = { wall, processor: (user + system) / 1000 };
  return processorRead.processor;
}
