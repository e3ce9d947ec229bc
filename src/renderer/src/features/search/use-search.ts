import { useEffect, useRef, useState } from 'react';
import type { SearchResponse, SearchScope } from '../../../../shared/contract';
import type { ReaderError } from '../../../../shared/result';
import { readerApi } from '../../reader-api';
import { CUT_QUERY_NOTICE, searchableQuery } from './searchable-query';

/** The latest answer for the current query; answers to older queries are discarded. */
export interface SearchState {
  response: SearchResponse | null;
  error: ReaderError | null;
}

const NOTHING: SearchState = { response: null, error: null };

/**
 * Searches `scope` on every change of `query` (as the reader types; a paste too long is cut, and
 * said so) and of the scope; empty query → nothing.
 */
export function useSearch(query: string, scope: SearchScope): SearchState {
  const [state, setState] = useState<SearchState>(NOTHING);
  const latest = useRef(0);
  const empty = query.trim() === '';
  // An emptied box forgets the last answer at once, so the next search never shows it.
  if (empty && state !== NOTHING) setState(NOTHING);
  const { documentId, language } = scope;
  useEffect(() => {
    const ticket = ++latest.current; // answers to any older query or scope are dropped from now on
    if (empty) return;
    const searched = searchableQuery(query);
    void readerApi()
      .search({ query: searched.query, documentId, language })
      .then((result) => {
        if (ticket !== latest.current) return; // a newer keystroke already asked
        // A search replaced by a newer one is not an error the reader should see: its answer is coming.
        if (!result.ok && result.error.code === 'superseded') return;
        if (!result.ok) return setState({ response: null, error: result.error });
        const notice = searched.cut
          ? [CUT_QUERY_NOTICE, result.value.notice].filter(Boolean).join(' ')
          : result.value.notice;
        setState({ response: { ...result.value, notice }, error: null });
      });
  }, [query, empty, documentId, language]);
  return state;
}
