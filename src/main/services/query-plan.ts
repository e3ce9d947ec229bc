/**
 * A query ready to run: each parsed clause with the exact index terms it stands for, after
 * prefixes, completions and fuzzy words were expanded against the vocabulary. The same plan drives
 * the index lookup (index-query.ts) and the highlighter (match-ranges.ts), so what is highlighted
 * is exactly what was searched.
 */
import type { IndexField } from './positional-index';
import type { Presence, TermClause } from './query-parser';

/** One word of the query, as the set of index terms (stems) that count as a match. */
export interface PlannedTerm {
  kind: 'term';
  field: IndexField;
  /** Alternatives: a passage matches when it holds any of them. Empty: the word is in no text. */
  terms: readonly string[];
  presence: Presence;
  /** Score weight (stop words weigh less). */
  boost: number;
  /** The parsed clause this came from. */
  source: TermClause;
}

/** Words that must follow each other, each as its stem (a hyphenated pair is one joined unit). */
export interface PlannedPhrase {
  kind: 'phrase';
  field: IndexField;
  units: readonly string[];
  presence: Presence;
  /** The phrase as typed, for messages. */
  display: string;
}

/** A clause of a planned query. */
export type PlannedClause = PlannedTerm | PlannedPhrase;
