import { useEffect } from 'react';
import { parseRoute, type Route } from '../../app/route';
import type { GoOptions } from '../../app/use-hash-route';

/**
 * While a second language is read beside the document, the document's own links (its contents,
 * previous and next section, paragraph numbers) keep it: a link to a place in the same document
 * that does not say what to read beside goes there with the same language beside.
 */
export function useBesideLinks(route: Route | null, go: (route: Route, options?: GoOptions) => void): void {
  const documentId = route?.documentId;
  const beside = route?.beside ?? null;
  useEffect(() => {
    if (!beside) return;
    const onClick = (event: MouseEvent): void => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const target = link ? parseRoute(link.getAttribute('href') ?? '') : null;
      if (!target || target.beside !== undefined || target.documentId !== documentId) return;
      event.preventDefault();
      go({ ...target, beside });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [beside, documentId, go]);
}
