import type { SectionHighlights } from '../../../../shared/contract';
import type { Section } from '../../../../shared/corpus-types';

/** Key of the section title in `HitNumbers.first`. */
export const TITLE_PART = '#title';

/** How the hits of a section are numbered, in reading order: the title, then each paragraph and its list. */
export interface HitNumbers {
  /** Number of the first hit of each part (`#title`, `p3`, `p3-i1`) that has hits. */
  first: Map<string, number>;
  /** Number of hits in the section. */
  total: number;
  /** Number of the first hit inside a paragraph (its list included), or null. */
  firstInParagraph: (paragraphId: string) => number | null;
}

/** Numbers a section's highlights in the order the reading pane shows them. */
export function numberHits(section: Section, highlights: Pick<SectionHighlights, 'parts' | 'titleRanges'>): HitNumbers {
  const ranges = new Map(highlights.parts.map((part) => [part.partId, part.ranges.length]));
  const first = new Map<string, number>();
  const byParagraph = new Map<string, number>();
  let total = 0;
  if (highlights.titleRanges.length > 0) {
    first.set(TITLE_PART, 0);
    total = highlights.titleRanges.length;
  }
  for (const paragraph of section.paragraphs) {
    for (const id of [paragraph.id, ...paragraph.items.map((item) => item.id)]) {
      const count = ranges.get(id) ?? 0;
      if (count === 0) continue;
      first.set(id, total);
      if (!byParagraph.has(paragraph.id)) byParagraph.set(paragraph.id, total);
      total += count;
    }
  }
  return { first, total, firstInParagraph: (paragraphId) => byParagraph.get(paragraphId) ?? null };
}
