/**
 * The shape every benchmark module returns: rows of the table `npm run bench` prints. A module is
 * an async function returning rows; scripts/bench.ts lists the modules, one line each.
 */

/** A value measured in the same run that a row is compared with (machines here are noisy). */
export interface Baseline {
  /** What the baseline is, e.g. "JSON.parse of the same bytes". */
  label: string;
  value: number;
}

/** One line of the benchmark table. */
export interface BenchRow {
  /** What the row is about, e.g. "search · bundled document". Rows of a group print together. */
  group: string;
  /** What was measured, e.g. "query p95". */
  metric: string;
  value: number;
  /** Unit of `value` and of the baseline, e.g. "ms", "MB". */
  unit: string;
  /** The in-run baseline; the table prints value ÷ baseline. */
  baseline?: Baseline;
  /** Other values measured in the same run beside it (the table prints value ÷ each). */
  peers?: Baseline[];
  /** A budget: the row passes when `value` is at most `max`. */
  target?: { max: number };
  /** Anything a reader of the table should know (sample size, CPU time…). */
  note?: string;
}

/** A benchmark module: measures, and returns its rows. `log` prints progress to stderr. */
export type BenchModule = (log: (message: string) => void) => Promise<BenchRow[]>;
