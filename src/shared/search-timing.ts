/**
 * Names of the performance entries for "keystroke to results": the renderer marks each keystroke
 * and measures when its results are in the DOM; the benchmark reads the measures.
 */

/** Mark set on every change of the search text. */
export const SEARCH_INPUT_MARK = 'reader:search-input';
/** Measure from the latest input mark to the results being rendered (`detail.query` says for which text). */
export const SEARCH_RESULTS_MEASURE = 'reader:search-results';
