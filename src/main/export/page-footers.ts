/**
 * Which section each page of a rendered export names in its footer, when sections flow one after
 * another and a page may hold the end of one section and the start of the next.
 *
 * The rule: a page names the section that is current at its top, that is, the section of the first
 * words on the page. A section that starts lower on the page needs no footer: its heading is printed
 * right there. So everything on a page can be placed: the words above a heading by the footer, the
 * words below it by the heading. A section whose heading opens the page is current at its top; the
 * first section is current on the page that holds the title block above it; pages before the first
 * section (title block and contents) carry the front-matter label.
 *
 * Where each section starts comes from the PDF's own bookmarks (one per section heading, with the
 * height it points at), read by pdf-structure.ts.
 */
import type { Section } from '../../shared/corpus-types';
import type { PdfLayout } from './pdf-structure';

/** Points per inch: PDF heights are in points. */
const POINTS_PER_INCH = 72;

/**
 * How far below the top margin a heading may start and still open its page, in points: the section
 * kicker above the heading ("SECTION 3 OF 5", one 8.5 pt line and its spacing, about 17 pt) and a
 * little rounding. The least that any text of the previous section takes above a heading (one line
 * of 11 pt text, its spacing and the gap between sections, over 50 pt; in practice three lines,
 * since paragraphs keep at least three at the foot of a page) is well beyond it.
 */
const OPENS_PAGE_TOLERANCE = 30;

/** What the footers need to know about the export. */
export interface FooterPlan {
  sections: readonly Pick<Section, 'title'>[];
  /** Footer label of pages before the first section. */
  frontMatterLabel: string;
  /** Footer label of every page when the bookmarks cannot be matched to the sections (never expected). */
  fallbackLabel: string;
  /** Top margin of the pages, in inches. */
  topMarginInches: number;
}

/** The footer label of each page of `layout`, in page order. */
export function pageFooterLabels(layout: PdfLayout, plan: FooterPlan): string[] {
  const { sections } = plan;
  if (layout.outlinePages.length !== sections.length)
    return Array.from({ length: layout.pageCount }, () => plan.fallbackLabel);
  const contentTop = plan.topMarginInches * POINTS_PER_INCH;
  const opensPage = (index: number): boolean => {
    const offset = layout.outlineOffsets[index];
    return offset !== null && offset !== undefined && offset - contentTop <= OPENS_PAGE_TOLERANCE;
  };
  const labels: string[] = [];
  for (let page = 1; page <= layout.pageCount; page++) {
    // The last section that started on an earlier page, or that opens this one.
    let current = -1;
    sections.forEach((_section, index) => {
      const start = layout.outlinePages[index]!;
      if (start < page || (start === page && opensPage(index))) current = index;
    });
    // No section yet at the top: the page holds front matter, then perhaps the first section.
    if (current < 0 && layout.outlinePages[0] === page) current = 0;
    labels.push(current < 0 ? plan.frontMatterLabel : sections[current]!.title);
  }
  return labels;
}
