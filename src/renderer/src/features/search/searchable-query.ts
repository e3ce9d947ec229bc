import { MAX_QUERY_LENGTH } from '../../../../shared/contract/search';

/**
 * What of the box's text is searched: at most MAX_QUERY_LENGTH characters (main refuses more).
 * A longer paste is cut, and the results say so in plain words; never the contract's own message.
 */
export function searchableQuery(query: string): { query: string; cut: boolean } {
  return query.length > MAX_QUERY_LENGTH
    ? { query: query.slice(0, MAX_QUERY_LENGTH), cut: true }
    : { query, cut: false };
}

/** The notice shown when a query was cut. */
export const CUT_QUERY_NOTICE = `Only the first ${MAX_QUERY_LENGTH.toLocaleString('en')} characters were searched.`;
