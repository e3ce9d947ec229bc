import { useCallback, useEffect, useRef, useState } from 'react';

/** Back and forward through the places the reader visited, and whether each way is open. */
export interface ReadingHistory {
  back: () => void;
  forward: () => void;
  canGoBack: boolean;
  canGoForward: boolean;
}

interface Stamp {
  readerIndex: number;
}

function indexOf(state: unknown): number | null {
  return typeof state === 'object' && state !== null && typeof (state as Stamp).readerIndex === 'number'
    ? (state as Stamp).readerIndex
    : null;
}

/**
 * The reading history is the window's own history of `#/…` addresses. Each entry is stamped with
 * its position, so Back stops at the first place the reader saw (it never leaves the app) and
 * Forward knows when there is nothing ahead.
 */
export function useReadingHistory(): ReadingHistory {
  const max = useRef(0);
  const [index, setIndex] = useState(() => indexOf(window.history.state) ?? 0);

  useEffect(() => {
    let current = indexOf(window.history.state) ?? 0;
    window.history.replaceState({ ...(window.history.state as object | null), readerIndex: current }, '');
    max.current = Math.max(max.current, current);
    setIndex(current);
    const onMove = (): void => {
      let stamped = indexOf(window.history.state);
      if (stamped === null) {
        // A new entry (a link or a search result): one after the entry we came from.
        stamped = current + 1;
        max.current = stamped;
        window.history.replaceState({ ...(window.history.state as object | null), readerIndex: stamped }, '');
      }
      current = stamped;
      setIndex(stamped);
    };
    window.addEventListener('hashchange', onMove);
    window.addEventListener('popstate', onMove);
    return () => {
      window.removeEventListener('hashchange', onMove);
      window.removeEventListener('popstate', onMove);
    };
  }, []);

  const back = useCallback(() => {
    if ((indexOf(window.history.state) ?? 0) > 0) window.history.back();
  }, []);
  const forward = useCallback(() => {
    if ((indexOf(window.history.state) ?? 0) < max.current) window.history.forward();
  }, []);
  return { back, forward, canGoBack: index > 0, canGoForward: index < max.current };
}
