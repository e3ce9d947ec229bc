import { describe, expect, it } from 'vitest';
import { pageFooterLabels, type FooterPlan } from '../../../../src/main/export/page-footers';

/** Top margin 0.9 in = 64.8 pt; a heading that opens a page sits about 20 pt below it (the kicker above it). */
const OPENS = 64.8 + 20;
const plan: FooterPlan = {
  sections: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }, { title: 'Four' }],
  frontMatterLabel: 'Contents',
  fallbackLabel: 'Complete document (4 sections)',
  topMarginInches: 0.9,
};

describe('pageFooterLabels: the section current at the top of each page', () => {
  it('names the section a page begins in, not one that starts lower down (its heading is on the page)', () => {
    const labels = pageFooterLabels(
      { pageCount: 4, outlinePages: [1, 2, 2, 4], outlineOffsets: [300, 150, 500, 300] },
      plan,
    );
    // Page 1: title block, then One. Page 2: the end of One, then Two and Three. Page 3: Three. Page 4: Three, then Four.
    expect(labels).toEqual(['One', 'One', 'Three', 'Three']);
  });

  it('names a section whose heading opens the page', () => {
    const labels = pageFooterLabels(
      { pageCount: 3, outlinePages: [1, 2, 3, 3], outlineOffsets: [300, OPENS, OPENS, 400] },
      plan,
    );
    expect(labels).toEqual(['One', 'Two', 'Three']);
  });

  it('treats a bookmark with no height as starting below the top', () => {
    const labels = pageFooterLabels(
      { pageCount: 2, outlinePages: [1, 1, 2, 2], outlineOffsets: [300, 500, null, null] },
      plan,
    );
    expect(labels).toEqual(['One', 'Two']);
  });

  it('gives the title and contents pages the front-matter label', () => {
    const labels = pageFooterLabels(
      { pageCount: 4, outlinePages: [3, 3, 4, 4], outlineOffsets: [OPENS, 400, 200, 600] },
      plan,
    );
    expect(labels).toEqual(['Contents', 'Contents', 'One', 'Two']);
  });

  it('falls back to the scope on every page when the bookmarks do not match the sections', () => {
    expect(pageFooterLabels({ pageCount: 2, outlinePages: [1], outlineOffsets: [300] }, plan)).toEqual([
      'Complete document (4 sections)',
      'Complete document (4 sections)',
    ]);
  });
});
