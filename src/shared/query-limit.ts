/**
 * Over-long queries are cut, not refused: a reader who pastes a whole page into the search box (or
 * onto the command line) gets results for its beginning and a plain sentence saying so, never the
 * contract's validation message.
 */
import { MAX_QUERY_LENGTH } from './contract/search';

/** A query that fits the contract's limit, and what the reader is told when it had to be cut. */
export interface FittedQuery {
  query: string;
  /** Null when the query was searched whole. */
  notice: string | null;
}

/**
 * `query` cut to at most `max` characters (MAX_QUERY_LENGTH by default), at the end of its last
 * whole word when there is one, never inside a character made of two UTF-16 units.
 */
export function fitQuery(query: string, max: number = MAX_QUERY_LENGTH): FittedQuery {
  if (query.length <= max) return { query, notice: null };
  let cut = query.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const lastSpace = cut.search(/\s\S*$/u);
  if (!/^\s/u.test(query.slice(cut.length)) && lastSpace > 0) cut = cut.slice(0, lastSpace);
  return {
    query: cut.trimEnd(),
    notice: `Only the first ${max.toLocaleString('en')} characters of the query were searched (it had ${query.length.toLocaleString('en')}).`,
  };
}
