import type { SearchHit } from '../../../../shared/contract';

/** The hits of one section, in the order the search ranked them. */
export interface HitGroup {
  key: string;
  sectionTitle: string;
  hits: SearchHit[];
}

/**
 * Groups hits by section, sections in the order of their best hit. The results list shows them
 * this way, and Up/Down walk them in the same order (`flatten`).
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = `${hit.documentId}/${hit.sectionId}`;
    const group = groups.get(key) ?? { key, sectionTitle: hit.sectionTitle, hits: [] };
    group.hits.push(hit);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The hits in display order (group after group). */
export function flatten(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits);
}

/** A stable id for a hit, usable as a DOM id (`aria-activedescendant`). */
export function hitKey(hit: SearchHit): string {
  return `${hit.documentId}/${hit.sectionId}/${hit.paragraphId}`;
}
