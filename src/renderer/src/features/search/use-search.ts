import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../../../shared/contract';
import type { ReaderError } from '../../../../shared/result';
import { readerApi } from '../../reader-api';

/** The latest answer for the current query; answers to older queries are discarded. */
export interface SearchState {
  response: SearchResponse | null;
  error: ReaderError | null;
}

/** Searches on every change of `query` (as the reader types); empty query → nothing. */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ response: null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ response: null, error: null });
      return;
    }
    void readerApi()
      .search({ query })
      .then((result) => {
        if (ticket !== latest.current) return; // a newer keystroke already asked
        setState(result.ok ? { response: result.value, error: null } : { response: null, error: result.error });
      });
  }, [query]);
  return state;
}
