import type { Section } from '../../../../shared/corpus-types';

/** True when two sections can be read paragraph by paragraph: they have as many paragraphs. */
export function alignsParagraphs(first: Section, second: Section): boolean {
  return first.paragraphs.length === second.paragraphs.length;
}

/**
 * The same place in another language's section: the paragraph (or list item, `p3-i2`) at the
 * same position when the two sections align paragraph by paragraph (and the paragraph's lists
 * by item), else null (the section itself).
 */
export function samePlaceIn(from: Section, partId: string | null, to: Section): string | null {
  if (partId === null || !alignsParagraphs(from, to)) return null;
  const index = from.paragraphs.findIndex(
    (paragraph) => paragraph.id === partId || paragraph.items.some((item) => item.id === partId),
  );
  const source = from.paragraphs[index];
  const target = to.paragraphs[index];
  if (!source || !target) return null;
  if (source.id === partId) return target.id;
  const item = source.items.findIndex((candidate) => candidate.id === partId);
  return source.items.length === target.items.length ? (target.items[item]?.id ?? target.id) : target.id;
}
