import { useCallback, useEffect, useState } from 'react';

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

/** Where the reader is in the history, and the furthest entry Forward can reach. */
interface Place {
  index: number;
  max: number;
}

/**
 * The reading history is the window's own history of `#/…` addresses. Each entry is stamped with
 * its position, so Back stops at the first place the reader saw (it never leaves the app) and
 * Forward knows when there is nothing ahead.
 */
export function useReadingHistory(): ReadingHistory {
  const [place, setPlace] = useState<Place>(() => {
    const index = indexOf(window.history.state) ?? 0;
    return { index, max: index };
  });

  useEffect(() => {
    let current = indexOf(window.history.state) ?? 0;
    window.history.replaceState({ ...(window.history.state as object | null), readerIndex: current }, '');
    const onMove = (): void => {
      const stamped = indexOf(window.history.state);
      if (stamped === null) {
        // A new entry (a link or a search result): one after the entry we came from; nothing lies ahead of it.
        current += 1;
        window.history.replaceState({ ...(window.history.state as object | null), readerIndex: current }, '');
        setPlace({ index: current, max: current });
      } else {
        current = stamped;
        setPlace((known) => ({ index: stamped, max: Math.max(known.max, stamped) }));
      }
    };
    window.addEventListener('hashchange', onMove);
    window.addEventListener('popstate', onMove);
    return () => {
      window.removeEventListener('hashchange', onMove);
      window.removeEventListener('popstate', onMove);
    };
  }, []);

  const { index, max } = place;
  const back = useCallback(() => {
    if ((indexOf(window.history.state) ?? 0) > 0) window.history.back();
  }, []);
  const forward = useCallback(() => {
    if ((indexOf(window.history.state) ?? 0) < max) window.history.forward();
  }, [max]);
  return { back, forward, canGoBack: index > 0, canGoForward: index < max };
}
