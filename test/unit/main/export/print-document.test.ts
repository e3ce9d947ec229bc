// @vitest-environment jsdom
// (jsdom only parses the composed HTML so that assertions can query it.)
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../../src/shared/corpus-types';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { selectSections, type ExportSelection } from '../../../../src/main/export/export-selection';
import { cssString } from '../../../../src/main/export/css-string';
import { composePrintDocument, describeScope, exportTitle } from '../../../../src/main/export/print-document';
import { printSettingsFor } from '../../../../src/main/export/print-settings';
import type { ExportOptions } from '../../../../src/shared/contract';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { CORPUS_DIR } from '../../../support/paths';

const HOSTILE = 'Scripts <script>alert("x")</script> & “quotes” don\'t </style> run';

const document: CorpusDocument = {
  id: 'doc',
  title: 'A <b>bold</b> statement',
  issuer: 'Ministry & Co',
  language: 'en',
  provenance: 'Typed by hand.',
  sections: [
    {
      id: 'intro',
      number: 1,
      title: 'Opening statement',
      editorialTitle: true,
      paragraphs: [{ id: 'p1', number: 1, text: 'First words.', items: [] }],
    },
    {
      id: 'middle',
      number: 2,
      title: 'The Council’s "mechanisms" \\ </style>',
      editorialTitle: false,
      paragraphs: [
        { id: 'p1', number: 1, text: HOSTILE, items: [] },
        {
          id: 'p2',
          number: 2,
          text: 'It invited:',
          items: [
            { id: 'p2-i1', number: 1, text: 'a rapporteur;' },
            { id: 'p2-i2', number: 2, text: 'an <i>expert</i>.' },
          ],
        },
      ],
    },
    {
      id: 'end',
      number: 3,
      title: 'Closing',
      editorialTitle: false,
      paragraphs: [{ id: 'p1', number: 1, text: 'Last words.', items: [] }],
    },
  ],
};
const store = new CorpusStore({
  stamp: {
    schema: 1,
    lunrVersion: '2.3.9',
    contentHash: 'f'.repeat(64),
    shardHashes: {},
    indexHash: 'e'.repeat(64),
    sourceHash: '0',
    builtAt: '',
  },
  documents: [document],
});
const provenance = {
  documentTitle: document.title,
  issuer: document.issuer,
  contentHash: 'abcdef0123456789'.repeat(4),
  alteredNotice: null as string | null,
  exportedAt: new Date(2026, 10, 28),
};

function select(ids: string[] | 'all'): ExportSelection {
  const result = selectSections(store, 'doc', ids);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function compose(
  ids: string[] | 'all',
  options: Partial<ExportOptions> = {},
  { tocPages = null, stampedFooters = false }: { tocPages?: number[] | null; stampedFooters?: boolean } = {},
) {
  const settings = printSettingsFor(
    { paper: 'A4', tableOfContents: false, paragraphNumbers: false, ...options },
    provenance,
  );
  const printed = composePrintDocument(select(ids), settings, { tocPages, stampedFooters });
  const dom = new DOMParser().parseFromString(printed.html, 'text/html');
  return { ...printed, dom, css: dom.querySelector('style')!.textContent };
}

/** Reads a CSS string literal the way a CSS parser does (6-digit escapes end with one optional space). */
function readCssString(literal: string): string {
  return literal
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/g, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

describe('composePrintDocument', () => {
  it('prints the chosen sections in document order, whatever the order asked, and nothing else', () => {
    const { dom } = compose(['end', 'intro']);
    expect([...dom.querySelectorAll('h1')].map((heading) => heading.textContent)).toEqual([
      'Opening statement',
      'Closing',
    ]);
    expect(dom.body.textContent).toContain('First words.');
    expect(dom.body.textContent).toContain('Last words.');
    expect(dom.body.textContent).not.toContain('It invited');
  });

  it('escapes every piece of corpus text: it reaches the page verbatim, as text, never as markup', () => {
    const { dom, html } = compose(['middle']);
    expect(dom.querySelectorAll('script, b, i')).toHaveLength(0);
    expect(html).not.toContain('<script');
    expect(dom.querySelector('.paragraph-text')!.textContent).toBe(HOSTILE);
    expect([...dom.querySelectorAll('.paragraph-list li')].map((item) => item.textContent)).toEqual([
      'a rapporteur;',
      'an <i>expert</i>.',
    ]);
    expect(dom.querySelector('h1')!.textContent).toBe('The Council’s "mechanisms" \\ </style>');
    expect(dom.querySelector('.document-title')!.textContent).toBe('A <b>bold</b> statement');
    expect(dom.title).toBe('A <b>bold</b> statement — The Council’s "mechanisms" \\ </style>');
  });

  it('on request, gives each section its own named page whose footer names the section, safely quoted in CSS', () => {
    const { dom, css } = compose('all', { newPagePerSection: true });
    const sections = [...dom.querySelectorAll('section')];
    expect(sections.map((section) => section.className)).toEqual(['page-s-1', 'page-s-2', 'page-s-3']);
    for (const [index, title] of document.sections.map((section) => section.title).entries()) {
      expect(css).toContain(`.page-s-${index + 1} { page: s-${index + 1}; }`);
      const rule = new RegExp(
        `@page s-${index + 1} \\{ @bottom-left \\{\\s*content: ("[^"]*") "\\\\a" ("[^"]*");`,
      ).exec(css);
      expect(rule, `footer rule of section ${index + 1}`).not.toBeNull();
      expect(readCssString(rule![1]!)).toBe(title);
      expect(readCssString(rule![2]!)).toBe('Exported 28 November 2026 · Ministry & Co');
    }
    expect(css).not.toContain('</style');
  });

  it('runs the document title in the header and "Page X of Y" with the short hash in the footer', () => {
    const { css } = compose(['intro']);
    const header = /@top-left \{\s*content: ("[^"]*");/.exec(css);
    expect(readCssString(header![1]!)).toBe('A <b>bold</b> statement');
    const pages =
      /@bottom-right \{\s*content: ("[^"]*") counter\(page\) ("[^"]*") counter\(pages\) "\\a" ("[^"]*");/.exec(css);
    expect(pages!.slice(1).map(readCssString)).toEqual(['Page ', ' of ', 'Content abcdef012345']);
    expect(css).toMatch(/@page \{\s*size: 8\.2677in 11\.6929in;/);
  });

  it('keeps the title block with the first section when there are no contents', () => {
    const { dom } = compose(['middle', 'end'], { newPagePerSection: true });
    const first = dom.body.firstElementChild!;
    expect(first.className).toBe('page-s-1');
    expect(compose(['middle', 'end']).dom.body.firstElementChild!.className).toBe('');
    expect(first.querySelector('.document-title')).not.toBeNull();
    expect(dom.querySelector('nav')).toBeNull();
    expect(dom.querySelector('.scope')!.textContent).toMatch(/^Sections 2 and 3 of 3\. Exported 28 November 2026/);
    expect(dom.querySelector('.citation')!.textContent).toContain('abcdef0123456789'.repeat(4));
  });

  it('adds a contents page on its own named page, linking each section, with page numbers once known', () => {
    const before = compose('all', { tableOfContents: true });
    const entries = (dom: Document) =>
      [...dom.querySelectorAll('nav .toc li a')].map((link) => [
        link.getAttribute('href'),
        ...[...link.children].map((cell) => cell.textContent),
      ]);
    expect(before.dom.body.firstElementChild!.className).toBe('page-front');
    expect(entries(before.dom)).toEqual([
      ['#section-intro', '1', 'Opening statement', ''],
      ['#section-middle', '2', 'The Council’s "mechanisms" \\ </style>', ''],
      ['#section-end', '3', 'Closing', ''],
    ]);
    for (const [href] of entries(before.dom)) expect(before.dom.getElementById(href!.slice(1))).not.toBeNull();
    const after = compose('all', { tableOfContents: true }, { tocPages: [2, 3, 5] });
    expect(entries(after.dom).map((entry) => entry[3])).toEqual(['2', '3', '5']);
    expect(after.css).toMatch(/@page front \{ @bottom-left \{\s*content: "Contents"/);
  });

  it('numbers the paragraphs and list items only when asked', () => {
    expect(compose(['middle']).dom.querySelectorAll('.paragraph-number, .item-number')).toHaveLength(0);
    const numbered = compose(['middle'], { paragraphNumbers: true }).dom;
    expect([...numbered.querySelectorAll('.paragraph-number')].map((number) => number.textContent)).toEqual(['1', '2']);
    // The numbers a citation names ("paragraph 2, item 2"), each item's before its verbatim text.
    expect([...numbered.querySelectorAll('.paragraph-list li')].map((item) => item.textContent)).toEqual([
      '1a rapporteur;',
      '2an <i>expert</i>.',
    ]);
    expect(numbered.querySelectorAll('.paragraph-list li > .item-number:first-child')).toHaveLength(2);
    expect(numbered.body.className).toBe('numbered');
  });

  it('lets sections flow by default: no section has a page of its own, and the footer names what is printed', () => {
    const { dom, css } = compose('all');
    expect([...dom.querySelectorAll('section')].map((section) => section.className)).toEqual(['', '', '']);
    expect(css).not.toMatch(/page: s-|@page s-/);
    // On paper, which cannot be stamped, the footer of every page names the scope.
    const box = /@bottom-left \{\s*content: ("[^"]*") "\\a" ("[^"]*");/.exec(css);
    expect(readCssString(box![1]!)).toBe('Complete document (3 sections)');
    // For a PDF whose footers are stamped after rendering, the document prints no footer box of its own.
    const stamped = compose('all', {}, { stampedFooters: true }).css;
    expect(stamped).not.toContain('@bottom-left');
    expect(stamped).toMatch(/@bottom-right \{\s*content: "Page " counter\(page\)/);
  });

  it('keeps a single section, or contents, on named pages even when sections flow', () => {
    const single = compose(['middle']);
    expect(single.dom.querySelector('section')!.className).toBe('page-s-1');
    expect(single.dom.body.firstElementChild!.className).toBe('page-s-1');
    const withContents = compose(['intro', 'end'], { tableOfContents: true });
    expect(withContents.dom.body.firstElementChild!.className).toBe('page-front');
    expect([...withContents.dom.querySelectorAll('section')].map((section) => section.className)).toEqual(['', '']);
  });

  it('keeps each heading with what follows it', () => {
    const { dom, css } = compose('all');
    for (const head of dom.querySelectorAll('section > .section-head'))
      expect([...head.children].map((child) => child.className)).toEqual(
        expect.arrayContaining(['section-kicker', expect.stringMatching(/^section-title/)]),
      );
    expect(css).toContain('.section-head { break-inside: avoid-page; break-after: avoid-page; }');
    expect(css).toMatch(/h1\.section-title \{[^}]*break-after: avoid-page;/);
  });

  it('keeps lists as lists, marks editorial headings, and declares the document language', () => {
    const { dom } = compose(['intro', 'middle']);
    expect(dom.querySelectorAll('ul.paragraph-list > li')).toHaveLength(2);
    expect(dom.querySelector('h1.editorial')!.textContent).toBe('Opening statement');
    expect(dom.querySelector('.editorial-note')!.textContent).toMatch(/editorial label/);
    expect(dom.documentElement.lang).toBe('en');
    expect(dom.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });

  it('describes the scope and titles the PDF after it', () => {
    expect(describeScope(select('all'))).toBe('Complete document (3 sections)');
    expect(describeScope(select(['intro', 'middle', 'end']))).toBe('Complete document (3 sections)');
    expect(describeScope(select(['end']))).toBe('Section 3 of 3');
    expect(describeScope(select(['end', 'intro']))).toBe('Sections 1 and 3 of 3');
    expect(exportTitle(select(['end', 'intro']))).toBe('A <b>bold</b> statement — Sections 1 and 3 of 3');
    expect(exportTitle(select('all'))).toBe('A <b>bold</b> statement');
  });
});

describe('cssString', () => {
  it('escapes everything but plain letters, digits and punctuation, and survives a CSS reading', () => {
    expect(cssString('Page 1, “x”')).toBe('"Page 1, \\00201c x\\00201d "');
    const nasty = 'a "b" \\c\n</style> · é 😀';
    expect(cssString(nasty).slice(1, -1)).not.toMatch(/["<\n]|\\(?![0-9a-f]{6} )/);
    expect(readCssString(cssString(nasty))).toBe(nasty);
    expect(readCssString(cssString('a · b'))).toBe('a · b');
  });
});

describe('selectSections', () => {
  it('names every unknown id and lists the known ones', () => {
    const result = selectSections(store, 'doc', ['intro', 'nope', 'gone']);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: "Document 'doc' has no section 'nope', 'gone'. Its sections are: intro, middle, end.",
      },
    });
    expect(selectSections(store, 'other', 'all')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: "There is no document 'other'. Documents: doc." },
    });
  });

  it('prints a section once even when asked twice', () => {
    expect(select(['end', 'end']).sections.map((section) => section.id)).toEqual(['end']);
  });
});

describe('short lists and descriptive titles', () => {
  const items = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      id: `p1-i${index + 1}`,
      number: index + 1,
      text: `item ${index + 1}`,
    }));
  const described: CorpusDocument = {
    ...document,
    id: 'described',
    descriptiveTitle: 'Statement of <Someone> on something',
    sections: [
      {
        id: 'nine',
        number: 1,
        title: 'Nine',
        editorialTitle: false,
        paragraphs: [{ id: 'p1', number: 1, text: 'Nine items:', items: items(9) }],
      },
      {
        id: 'ten',
        number: 2,
        title: 'Ten',
        editorialTitle: false,
        paragraphs: [
          { id: 'p1', number: 1, text: 'Ten items:', items: items(10) },
          { id: 'p2', number: 2, text: 'No list.', items: [] },
        ],
      },
    ],
  };
  const describedStore = new CorpusStore({
    stamp: {
      schema: 1,
      lunrVersion: '2.3.9',
      contentHash: 'f'.repeat(64),
      shardHashes: {},
      indexHash: 'e'.repeat(64),
      sourceHash: '0',
      builtAt: '',
    },
    documents: [described],
  });
  const selection = (ids: string[] | 'all'): ExportSelection => {
    const result = selectSections(describedStore, 'described', ids);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const printed = (ids: string[] | 'all') => {
    const settings = printSettingsFor({ paper: 'A4', tableOfContents: false, paragraphNumbers: true }, provenance);
    const { html, title } = composePrintDocument(selection(ids), settings);
    return { dom: new DOMParser().parseFromString(html, 'text/html'), title, html };
  };

  it('keeps a list of at most nine items whole and with the words that introduce it; a longer one may split', () => {
    const { dom, html } = printed('all');
    expect([...dom.querySelectorAll('.paragraph')].map((paragraph) => paragraph.className)).toEqual([
      'paragraph unsplit',
      'paragraph',
      'paragraph',
    ]);
    expect(html).toMatch(/\.paragraph\.unsplit \{ break-inside: avoid-page; \}/);
  });

  it('leads with the descriptive title and quotes the heading as published beside it', () => {
    const { dom, title } = printed(['ten']);
    expect(dom.querySelector('.document-title')!.textContent).toBe('Statement of <Someone> on something');
    expect(dom.querySelector('.published-heading')!.textContent).toBe(
      'Descriptive title; published under the heading “A <b>bold</b> statement”.',
    );
    expect(title).toBe('Statement of <Someone> on something — Ten');
    expect(exportTitle(selection('all'))).toBe('Statement of <Someone> on something');
    // A document whose heading says what it is has no such line.
    expect(compose(['end']).dom.querySelector('.published-heading')).toBeNull();
  });
});

describe('composePrintDocument for a right-to-left language', () => {
  it('labels an Arabic section ar and lays it right to left; the reader’s own English words stay en, left to right', () => {
    const library = new CorpusStore(loadCorpus(CORPUS_DIR).corpus);
    const selection = selectSections(library, 'udhr-arb', ['article-19']);
    if (!selection.ok) throw new Error(selection.error.message);
    const settings = printSettingsFor({ paper: 'A4', tableOfContents: false, paragraphNumbers: false }, provenance);
    const { html } = composePrintDocument(selection.value, settings);
    const dom = new DOMParser().parseFromString(html, 'text/html');
    expect(dom.documentElement.lang).toBe('ar');
    expect(dom.documentElement.dir).toBe('rtl');
    expect(dom.documentElement.dataset.script).toBe('Arab');
    expect(dom.querySelector('h1, h2')!.closest('[lang]')!.getAttribute('lang')).toBe('ar');
    for (const own of dom.querySelectorAll('.scope, .provenance')) {
      expect(own.getAttribute('lang')).toBe('en');
      expect(own.getAttribute('dir')).toBe('ltr');
    }
  });
});
