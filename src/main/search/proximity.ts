/**
 * How close the query's words stand in a passage: a reader who types `freedom movement` wants the
 * passage where the two words stand together before one that holds them sentences apart. Measured
 * from the word numbers the index keeps for each term (no text is read again).
 */

/** Words further apart than this (in word numbers) do not count as standing together. */
export const PROXIMITY_WINDOW = 4;

/**
 * The closeness of the query's words in a passage, from 0 to 1: for each word of the query and the
 * word after it (in the query's order), the nearest pair of their occurrences scores
 * (window + 1 − distance) / window (1 when adjacent, in order; a pair in the reverse order counts
 * one word further apart), 0 beyond the window or when either is missing; the average over those
 * pairs. `positions[i]` are the word numbers of the query's i-th word in the passage (ascending).
 * Fewer than two words: 0 (nothing to be close to).
 */
export function closeness(positions: readonly (readonly number[])[], window = PROXIMITY_WINDOW): number {
  if (positions.length < 2) return 0;
  let total = 0;
  for (let i = 1; i < positions.length; i++) {
    const distance = nearestDistance(positions[i - 1]!, positions[i]!);
    if (distance <= window) total += (window + 1 - distance) / window;
  }
  return total / (positions.length - 1);
}

/**
 * The smallest distance from an occurrence of the first word to one of the second: `after − before`
 * when the second follows, one more than the gap when it comes first; Infinity when either is
 * absent. Both lists ascending; one merge pass.
 */
export function nearestDistance(first: readonly number[], second: readonly number[]): number {
  let best = Infinity;
  let j = 0;
  for (const at of first) {
    // The occurrences of the second word just before and just after `at`.
    while (j < second.length && second[j]! <= at) j++;
    if (j < second.length) best = Math.min(best, second[j]! - at);
    const before = j > 0 ? second[j - 1]! : undefined;
    if (before !== undefined && before < at) best = Math.min(best, at - before + 1);
    if (best === 1) break;
  }
  return best;
}
