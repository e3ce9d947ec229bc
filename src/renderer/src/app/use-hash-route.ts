import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

/** How to go somewhere: a new history entry (the default) or in place of the current one. */
export interface GoOptions {
  replace?: boolean;
}

/** The current route from `location.hash`, and a function to go somewhere (adds a history entry unless `replace`). */
export function useHashRoute(): [Route | null, (route: Route, options?: GoOptions) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route, options: GoOptions = {}) => {
    const hash = formatRoute(next);
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
