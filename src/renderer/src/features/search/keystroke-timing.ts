/**
 * Performance marks for "keystroke to results": a mark when the reader types, a measure when the
 * results for that text are in the DOM. Read by the benchmark (scripts/bench/keystroke-bench.ts)
 * with `performance.getEntriesByName(SEARCH_RESULTS_MEASURE)`; harmless anywhere else.
 */
import {
  SEARCH_INPUT_MARK as INPUT_MARK,
  SEARCH_RESULTS_MEASURE as RESULTS_MEASURE,
} from '../../../../shared/search-timing';

const MAX_MEASURES = 1000;

/** Marks a keystroke in the search box. */
export function markSearchInput(): void {
  try {
    performance.clearMarks(INPUT_MARK);
    performance.mark(INPUT_MARK);
  } catch {
    // Timing is optional: never let it break typing.
  }
}

/** Measures from the latest keystroke to now (call once the results are in the DOM). */
export function measureResultsRendered(query: string): void {
  try {
    if (performance.getEntriesByName(INPUT_MARK, 'mark').length === 0) return;
    // Keep the timeline small in a long session: the benchmark reads only recent measures.
    if (performance.getEntriesByName(RESULTS_MEASURE, 'measure').length >= MAX_MEASURES)
      performance.clearMeasures(RESULTS_MEASURE);
    performance.measure(RESULTS_MEASURE, { start: INPUT_MARK, detail: { query } });
  } catch {
    // As above.
  }
}
