import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

/** How to go somewhere: a new history entry (the default) or in place of the current one. */
export interface GoOptions {
  replace?: boolean;
}

/**
 * The current route from `location.hash`, and a function to go somewhere (adds a history entry
 * unless `replace`). A route that does not say what is read beside (`beside` absent) keeps the
 * current one while it stays in the same document: a search result or a section of the same text
 * does not close parallel reading; `beside: null` does. Going to the document beside puts the one
 * in front beside it.
 */
export function useHashRoute(): [Route | null, (route: Route, options?: GoOptions) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route, options: GoOptions = {}) => {
    const here = parseRoute(window.location.hash);
    const beside = next.beside !== undefined ? next.beside : besideAfterMove(here, next.documentId);
    const hash = formatRoute({ ...next, beside });
    if (window.location.hash === hash) {
      setRoute(parseRoute(hash));
    } else if (options.replace) {
      window.history.replaceState(window.history.state, '', hash);
      setRoute(parseRoute(hash));
    } else {
      window.location.hash = hash;
    }
  }, []);
  return [route, go];
}

/** What is read beside after a move from `here` to `documentId` that does not say. */
function besideAfterMove(here: Route | null, documentId: string): string | null {
  if (!here?.beside) return null;
  if (here.documentId === documentId) return here.beside;
  return here.beside === documentId ? here.documentId : null;
}
