import type { SearchHit } from '../../../../shared/contract';

/** The hits of one section, in the order the search ranked them. */
export interface HitGroup {
  key: string;
  sectionTitle: string;
  hits: SearchHit[];
}

/** The hits of one document, by section: a heading of the results list, with the document's language. */
export interface DocumentHitGroup {
  documentId: string;
  /** BCP 47 tag of the document's language (for its name, `lang` and `dir`). */
  language: string;
  sections: HitGroup[];
  /** Number of hits shown for the document. */
  hitCount: number;
}

/**
 * Groups hits by document, then by section, each in the order of its best hit: the search ranks
 * the documents in the query's script and language first, so their group comes first. The results
 * list shows them this way, and Up/Down walk them in the same order (`flatten`).
 */
export function groupHits(hits: readonly SearchHit[]): DocumentHitGroup[] {
  const documents = new Map<string, DocumentHitGroup>();
  const sections = new Map<string, HitGroup>();
  for (const hit of hits) {
    let document = documents.get(hit.documentId);
    if (!document) {
      document = { documentId: hit.documentId, language: hit.language, sections: [], hitCount: 0 };
      documents.set(hit.documentId, document);
    }
    const key = `${hit.documentId}/${hit.sectionId}`;
    let section = sections.get(key);
    if (!section) {
      section = { key, sectionTitle: hit.sectionTitle, hits: [] };
      sections.set(key, section);
      document.sections.push(section);
    }
    section.hits.push(hit);
    document.hitCount += 1;
  }
  return [...documents.values()];
}

/** The hits in display order (document after document, section after section). */
export function flatten(groups: readonly DocumentHitGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.sections.flatMap((section) => section.hits));
}

/** A stable id for a hit, usable as a DOM id (`aria-activedescendant`). */
export function hitKey(hit: SearchHit): string {
  return `${hit.documentId}/${hit.sectionId}/${hit.paragraphId}`;
}
