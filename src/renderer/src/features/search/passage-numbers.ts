import type { SectionHighlights } from '../../../../shared/contract';
import type { Section } from '../../../../shared/corpus-types';

/**
 * The passages of a section that hold hits, in reading order. A passage is a paragraph with its
 * list: the unit the results count ("4 passages"), so the reading pane steps through the same
 * unit ("passage 2 of 4"), every matched word highlighted inside it.
 */
export interface PassageNumbers {
  /** Ids of the paragraphs with hits, in reading order. */
  passages: readonly string[];
  /** Number of passages with hits in the section. */
  total: number;
  /** The number (0-based) of a paragraph's passage, or null when it holds no hit. */
  passageOf: (paragraphId: string) => number | null;
}

/** Numbers a section's passages with hits in the order the reading pane shows them (section title hits are not a passage). */
export function numberPassages(section: Section, highlights: Pick<SectionHighlights, 'parts'>): PassageNumbers {
  const withHits = new Set(highlights.parts.filter((part) => part.ranges.length > 0).map((part) => part.partId));
  const passages = section.paragraphs
    .filter((paragraph) => [paragraph.id, ...paragraph.items.map((item) => item.id)].some((id) => withHits.has(id)))
    .map((paragraph) => paragraph.id);
  const index = new Map(passages.map((id, i) => [id, i]));
  return { passages, total: passages.length, passageOf: (paragraphId) => index.get(paragraphId) ?? null };
}
