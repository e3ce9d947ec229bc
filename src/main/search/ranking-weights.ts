/**
 * The weights of the ranking, named in one place. A passage's score is Lunr's (index-evaluator.ts:
 * a cosine of term weights, with the stop-word weight below in the query vector), multiplied by
 * two bounded boosts (passage-ranking.ts):
 *   (1 + proximity × closeness) × (1 + sectionTitle × heading share)
 * so a weight of 0 turns its boost off and the ranking is Lunr's. The `title` field's own boost
 * (for `title:` words) is fixed when the index is built (search-index.ts), not here.
 * The defaults are pinned by hand-judged queries (test/unit/main/search/ranking-judged.test.ts,
 * ranking-weights.test.ts): each fails some of them when it is set to 0.
 */

/** How much each ranking signal weighs; tests pass their own to show that a signal matters. */
export interface RankingWeights {
  /**
   * The proximity boost: how much more a passage scores when the query's words stand together
   * (proximity.ts: closeness 1 when each word follows the one before it, 0 when none is within a
   * few words of it). At 0.6 adjacent words score 1.6 × the same words scattered: enough to put
   * "freedom of movement" together above "freedom" and "movement" in separate sentences of a
   * longer passage, not enough to outrank a passage that holds more of the query's words.
   */
  readonly proximity: number;
  /**
   * The section heading boost: how much more a passage scores when its section's heading holds
   * the query's words (section-title-boost.ts: the share of the query's words, stop words aside,
   * that the heading holds). At 0.8 a passage under "Cooperation with human rights treaty
   * bodies" found by `treaty bodies` scores 1.8 × the same words mentioned in another section.
   */
  readonly sectionTitle: number;
  /**
   * A stop word's weight in the query vector against 1 for any other word (`not`, `on`, `the`):
   * it counts a little, so "have not visited" prefers the passage that says "not", never as much
   * as the words around it, so a list repeating "on" nine times does not win `on human rights`.
   */
  readonly stopWord: number;
}

/** The weights the reader searches with. */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = Object.freeze({
  proximity: 0.6,
  sectionTitle: 0.8,
  stopWord: 0.2,
});
