/**
 * The strategy's second attempt (search-service.ts): words no passage of a document holds stand for
 * the document's words one edit away. What it costs is bounded, so that a long query of misspelt
 * words over hundreds of documents (32 words × 533 declarations: 13,000 trie walks, 150–300 ms)
 * still answers within the search's time, with passages:
 *   - a document where the misspelt words looked for so far are mostly near none of its words
 *     (`MAX_MISSES_AHEAD` more without a correction than with one) is not in the query's language:
 *     its remaining words are not looked for (nothing can be found there with every word
 *     required, and the best partial matches are in the documents whose words are near);
 *   - the corrections together take at most `CORRECTION_TIME_SHARE` of the time left, so that the
 *     attempts after them still run; documents not reached keep the words as typed, and the
 *     answer says so.
 */
import type { ParsedQuery, QueryClause } from './query-parser';
import type { SearchRun } from './search-budget';
import type { SearchShard } from './search-shard';

/** How many more of its misspelt words may be near none of a document's words than near some, before the rest are not looked for there. */
export const MAX_MISSES_AHEAD = 2;
/** The share of the search's time left that looking for corrections may take. */
export const CORRECTION_TIME_SHARE = 0.5;

/** One document's part of an attempt: its shard, the query parsed in its language, the clauses to run. */
export interface PlannedRun {
  shard: SearchShard;
  parsed: ParsedQuery;
  clauses: QueryClause[];
}

/** The plans with their unknown words corrected, the words they now stand for, and whether time ran out first. */
export interface Corrections {
  planned: PlannedRun[];
  /** The document words the corrections stand for, in the order found (with repeats). */
  similar: string[];
  /** True when the time for corrections ran out before every document was looked at. */
  unfinished: boolean;
}

/**
 * Each document's words that no passage holds, replaced by "any of" the document's words one edit
 * away (as typed: `constrctive` → `constrictive`), within the bounds of the module comment.
 */
export function correctUnknownWords(planned: readonly PlannedRun[], search: SearchRun): Corrections {
  const budget = search.budget.share(CORRECTION_TIME_SHARE);
  const within: SearchRun = { ...search, budget };
  const similar: string[] = [];
  const corrected = planned.map((plan) => {
    let near = 0;
    let missed = 0;
    return {
      ...plan,
      clauses: plan.clauses.map((clause): QueryClause => {
        if (clause.kind !== 'term' || missed - near >= MAX_MISSES_AHEAD || !plan.shard.isUnknown(clause)) return clause;
        const words = plan.shard.similarWords(clause, within);
        if (words.size === 0) {
          missed++;
          return clause;
        }
        near++;
        similar.push(...words.keys());
        return { ...clause, alternatives: [...new Set(words.values())], completion: false };
      }),
    };
  });
  return { planned: corrected, similar, unfinished: budget.cut };
}
