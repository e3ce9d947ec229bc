import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

/** The current route from `location.hash`, and a function to go somewhere (adds a history entry). */
export function useHashRoute(): [Route | null, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = formatRoute(next);
    if (window.location.hash === hash) setRoute(parseRoute(hash));
    else window.location.hash = hash;
  }, []);
  return [route, go];
}
