/**
 * PDF export end to end: the REAL `export:pdf` handler behind the real dispatcher and preload
 * factory, the app's save-dialog adapter over a fake Electron `dialog`, the system Chromium as the
 * PDF port (same composer, same `printSettingsFor` as the app). The PDFs are read back with poppler.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedExport } from '../../src/shared/contract';
import type { CorpusDocument, Section } from '../../src/shared/corpus-types';
import { shortFingerprint } from '../../src/shared/fingerprint';
import { readPdfLayout } from '../../src/main/export/pdf-structure';
import { launchChromium } from '../support/chromium';
import {
  A4,
  body,
  EXPORT_DATE_TEXT,
  exportPorts,
  fakeDialog,
  footer,
  header,
  LETTER,
  pageText,
  pdfInfo,
  pdfOutline,
  printedText,
  sectionOpeningPage,
  type FakeDialog,
} from '../support/export-support';
import { openTestReader, type TestReader } from '../support/reader-services';
import { normalizeSpace } from '../support/seed';
import { tempDir } from '../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const DISPLAY_TITLE = 'Statement of the Republic of Belarus on cooperation with the UN human rights system';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The real reader stack whose save dialog answers `answers` (file names in a fresh folder; null = cancel). */
function openExporter(...answers: (string | null)[]): { reader: TestReader; dialog: FakeDialog; folder: string } {
  const folder = tempDir();
  const dialog = fakeDialog(...answers.map((answer) => (answer === null ? null : join(folder, answer))));
  return { reader: openTestReader(undefined, { exporter: exportPorts(browser, dialog, folder) }), dialog, folder };
}

describe.each([
  { layout: 'flowing one after another (the default)', newPagePerSection: false },
  { layout: 'each on a new page', newPagePerSection: true },
])('chosen sections (asked out of order) on A4 with a table of contents, $layout', ({ newPagePerSection }) => {
  const chosen = [
    'cooperation-with-the-human-rights-council-mechanisms',
    'cooperation-with-human-rights-treaty-bodies',
  ];
  let saved: SavedExport;
  let file: string;
  let folder: string;
  let document: CorpusDocument;
  let selected: Section[];
  let dialog: FakeDialog;
  let pages: number;

  beforeAll(async () => {
    const exporter = openExporter('minutes.pdf');
    ({ folder, dialog } = exporter);
    document = exporter.reader.services.store.getDocument(DOC)!;
    selected = document.sections.filter((section) => chosen.includes(section.id));
    const result = await exporter.reader.api.exportPdf({
      documentId: DOC,
      sectionIds: chosen,
      options: { paper: 'A4', tableOfContents: true, paragraphNumbers: false, newPagePerSection },
    });
    if (!result.ok) throw new Error(result.error.message);
    saved = result.value;
    file = saved.path;
    pages = saved.pageCount;
  });

  it('saves where the save dialog said, proposing a name, and reports the page count pdfinfo reads', () => {
    expect(dialog.shown[0]!.defaultPath).toBe(join(folder, `${DISPLAY_TITLE} - sections 2, 4.pdf`));
    expect(saved.path).toBe(join(folder, 'minutes.pdf'));
    expect(readdirSync(folder)).toEqual(['minutes.pdf']);
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(`${DISPLAY_TITLE} — Sections 2 and 4 of 5`);
  });

  it('holds the chosen sections verbatim, in document order, and nothing of the others', () => {
    const text = normalizeSpace(Array.from({ length: pages }, (_, i) => pageText(file, i + 1, body(A4))).join(' '));
    expect(selected.map((section) => section.number)).toEqual([2, 4]);
    let from = 0;
    for (const section of selected) {
      for (const passage of [
        section.title,
        ...section.paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.items.map((item) => item.text)]),
      ]) {
        const at = text.indexOf(normalizeSpace(passage), from);
        expect(at, `“${passage.slice(0, 60)}…” after position ${from}`).toBeGreaterThanOrEqual(from);
        from = at + passage.length;
      }
    }
    // The title block quotes the document's provenance, which names the editorial "Opening statement".
    const everything = normalizeSpace(
      normalizeSpace(Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).join(' ')).replace(
        normalizeSpace(document.provenance),
        '',
      ),
    );
    expect(everything).toContain('Exported 28 November 2026 from the Offline Reference Reader. Source: Content hash');
    for (const other of document.sections.filter((section) => !chosen.includes(section.id))) {
      expect(everything).not.toContain(other.title);
      for (const paragraph of other.paragraphs)
        expect(everything).not.toContain(normalizeSpace(paragraph.text).slice(0, 80));
    }
  });

  it('has one bookmark per chosen section, at the page where the section starts', async () => {
    const outline = pdfOutline(file);
    expect(outline.map(({ title, depth }) => [title, depth])).toEqual([
      ['Cooperation with human rights treaty bodies', 1],
      ['Cooperation with the Human Rights Council’s mechanisms', 1],
    ]);
    expect(outline[0]!.page).toBe(2);
    // Section 2 is short: flowing, section 4 follows it on the same page; else it starts a page of its own.
    if (newPagePerSection) expect(outline[1]!.page).toBeGreaterThan(outline[0]!.page);
    else expect(outline[1]!.page).toBe(outline[0]!.page);
    for (const bookmark of outline)
      expect(normalizeSpace(pageText(file, bookmark.page, body(A4)))).toContain(bookmark.title);
    expect(await readPdfLayout(readFileSync(file))).toEqual({
      pageCount: pages,
      outlinePages: outline.map((bookmark) => bookmark.page),
      outlineOffsets: outline.map((): unknown => expect.any(Number)),
    });
  });

  it('lists the chosen sections in its contents with the pages they start on', () => {
    const outline = pdfOutline(file);
    const contents = normalizeSpace(pageText(file, 1, body(A4)));
    expect(contents).toContain(
      `Contents 2 Cooperation with human rights treaty bodies ${outline[0]!.page} 4 Cooperation with the Human Rights Council’s mechanisms ${outline[1]!.page}`,
    );
    expect(contents).toMatch(
      /^Statement of the Republic of Belarus on cooperation with the UN human rights system Descriptive title; published under the heading “The United Nations High Commissioner for Human Rights”\. Ministry of Foreign Affairs of the Republic of Belarus Sections 2 and 4 of 5\. Exported 28 November 2026/,
    );
  });

  it('runs the document title in every header, and a footer on every page naming the section its first words belong to', () => {
    const hash = shortFingerprint(openTestReader().services.status.stamp.contentHash);
    for (let page = 1; page <= pages; page++) {
      expect(normalizeSpace(pageText(file, page, header(A4))), `header of page ${page}`).toBe(DISPLAY_TITLE);
      const pageBody = pageText(file, page, body(A4));
      const section = sectionOpeningPage(pageBody, selected, 5, false);
      const label = section ? section.title : 'Contents';
      expect(normalizeSpace(pageText(file, page, footer(A4))), `footer of page ${page}`).toBe(
        `${label} Exported ${EXPORT_DATE_TEXT} · Ministry of Foreign Affairs of the Republic of Belarus Page ${page} of ${pages} Content ${hash}`,
      );
      if (section && newPagePerSection)
        expect(printedText(section, 5), `page ${page} holds ${section.id} only`).toContain(normalizeSpace(pageBody));
    }
  });
});

describe('the whole document on Letter with paragraph numbers, each section on a new page', () => {
  it('has every section bookmarked in order, numbered paragraphs, Letter pages and the whole-document file name', async () => {
    const { reader, dialog, folder } = openExporter('statement.pdf');
    const result = await reader.api.exportPdf({
      documentId: DOC,
      sectionIds: 'all',
      options: { paper: 'Letter', tableOfContents: false, paragraphNumbers: true, newPagePerSection: true },
    });
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value.path;
    expect(dialog.shown[0]!.defaultPath).toBe(join(folder, `${DISPLAY_TITLE}.pdf`));
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/\(letter\)/);
    expect(Number(info.Pages)).toBe(result.value.pageCount);
    const document = reader.services.store.getDocument(DOC)!;
    const outline = pdfOutline(file);
    expect(outline.map((bookmark) => bookmark.title)).toEqual(document.sections.map((section) => section.title));
    expect(outline[0]!.page).toBe(1);
    expect(new Set(outline.map((bookmark) => bookmark.depth))).toEqual(new Set([1]));
    const last = document.sections.at(-1)!;
    const lastPage = normalizeSpace(pageText(file, outline.at(-1)!.page, body(LETTER)));
    expect(lastPage).toBe(printedText(last, 5, true));
  });
});

describe('export failures through the real handler', () => {
  const request = {
    documentId: DOC,
    sectionIds: ['opening-statement'],
    options: { paper: 'A4' as const, tableOfContents: false, paragraphNumbers: false },
  };

  it('reports an unknown id without asking where to save', async () => {
    const { reader, dialog, folder } = openExporter('never.pdf');
    const result = await reader.api.exportPdf({ ...request, sectionIds: ['opening-statement', 'not-a-section'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dialog.shown).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a cancelled save dialog and writes nothing', async () => {
    const { reader, folder } = openExporter(null);
    expect(await reader.api.exportPdf(request)).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The export was cancelled; nothing was saved.' },
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a folder that does not exist, or is a file, as unwritable and leaves nothing behind', async () => {
    const { reader, folder } = openExporter('gone/x.pdf', 'plain.txt/x.pdf');
    writeFileSync(join(folder, 'plain.txt'), 'not a folder');
    expect(await reader.api.exportPdf(request)).toEqual({
      ok: false,
      error: {
        code: 'unwritable',
        message: `The folder ${join(folder, 'gone')} does not exist. Nothing was saved. Choose another folder.`,
      },
    });
    expect(await reader.api.exportPdf(request)).toEqual({
      ok: false,
      error: {
        code: 'unwritable',
        message: `${join(folder, 'plain.txt')} is not a folder. Nothing was saved. Choose another folder.`,
      },
    });
    expect(readdirSync(folder)).toEqual(['plain.txt']);
    expect(readFileSync(join(folder, 'plain.txt'), 'utf8')).toBe('not a folder');
  });

  it('replaces an existing file only with a complete PDF', async () => {
    const { reader, folder } = openExporter('old.pdf');
    writeFileSync(join(folder, 'old.pdf'), 'previous version');
    const result = await reader.api.exportPdf(request);
    expect(result.ok).toBe(true);
    expect(readFileSync(join(folder, 'old.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(folder, 'old.pdf'), 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(readdirSync(folder)).toEqual(['old.pdf']);
  });
});
