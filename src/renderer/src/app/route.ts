/**
 * Addresses inside the reader: `#/documentId/sectionId/paragraphId` (paragraph optional), and
 * `?beside=documentId` after it when a second language is read beside the first
 * (`#/udhr-eng/article-19?beside=udhr-arb`), so back, forward and deep links keep it.
 */

/** A place in the corpus the reader can be at. */
export interface Route {
  documentId: string;
  sectionId: string;
  paragraphId: string | null;
  /**
   * The document read beside this one (parallel reading), or null for none. Absent in a route
   * made to go somewhere: the reader then keeps the one beside while it stays in the same document.
   */
  beside?: string | null;
}

/** Parses a location hash; null when it does not name a section. */
export function parseRoute(hash: string): Route | null {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split(/\?(.*)/s);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length < 2 || parts.some((part) => part === null)) return null;
  const [documentId, sectionId, paragraphId] = parts as string[];
  const route: Route = { documentId: documentId!, sectionId: sectionId!, paragraphId: paragraphId ?? null };
  const beside = new URLSearchParams(query).get('beside');
  // A document beside itself is no parallel reading.
  if (beside && beside !== route.documentId) route.beside = beside;
  return route;
}

/** Formats a route as a location hash (the deep link a reader can keep). */
export function formatRoute(route: Route): string {
  const parts = [route.documentId, route.sectionId, ...(route.paragraphId ? [route.paragraphId] : [])];
  const beside = route.beside && route.beside !== route.documentId ? `?beside=${encodeURIComponent(route.beside)}` : '';
  return `#/${parts.map(encodeURIComponent).join('/')}${beside}`;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
