/** Addresses inside the reader: `#/documentId/sectionId/paragraphId` (paragraph optional). */

/** A place in the corpus the reader can be at. */
export interface Route {
  documentId: string;
  sectionId: string;
  paragraphId: string | null;
}

/** Parses a location hash; null when it does not name a section. */
export function parseRoute(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts.length < 2 || parts.some((part) => part === null)) return null;
  const [documentId, sectionId, paragraphId] = parts as string[];
  return { documentId: documentId!, sectionId: sectionId!, paragraphId: paragraphId ?? null };
}

/** Formats a route as a location hash (the deep link a reader can keep). */
export function formatRoute(route: Route): string {
  const parts = [route.documentId, route.sectionId, ...(route.paragraphId ? [route.paragraphId] : [])];
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
