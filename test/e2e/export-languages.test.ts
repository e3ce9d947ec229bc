/**
 * PDF export of the library's other scripts, end to end (real handlers, the system Chromium as
 * the PDF port, poppler to read back): an Arabic section prints right to left and a Chinese one
 * with Chinese glyphs, every word read back from the PDF as it is in the corpus, the document's
 * language declared. Needs fonts with Arabic and Chinese glyphs (CI installs fonts-noto-core and
 * fonts-noto-cjk).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/shared/corpus-types';
import { launchChromium } from '../support/chromium';
import { exportPorts, fakeDialog, pageText, pdfInfo } from '../support/export-support';
import { openTestReader, type TestReader } from '../support/reader-services';
import { tempDir } from '../support/temp-folders';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Exports one section of a document to a PDF and returns its path, the section and the reader. */
async function exportSection(
  documentId: string,
  sectionId: string,
): Promise<{ file: string; section: Section; reader: TestReader }> {
  const folder = tempDir();
  const reader = openTestReader(undefined, {
    exporter: exportPorts(browser, fakeDialog(join(folder, 'section.pdf')), folder),
  });
  const result = await reader.api.exportPdf({
    documentId,
    sectionIds: [sectionId],
    options: { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
  });
  if (!result.ok) throw new Error(result.error.message);
  const section = reader.services.store.getSection(documentId, sectionId)!.section;
  return { file: result.value.path, section, reader };
}

/** The words of a text (runs of letters, digits and marks), as a set. */
function words(text: string): Set<string> {
  return new Set(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
}

/** A4 in PDF points, and the body between the running header and footer (print-settings.ts). */
const A4 = { width: 595.28, height: 841.89 };
const BODY = { top: 0.9 * 72, bottom: A4.height - 1.05 * 72 };

/** The text lines of the page's body with their left and right edges, in PDF points. */
function bodyLines(file: string, page: number): { text: string; xMin: number; xMax: number }[] {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', file, '-'], {
    encoding: 'utf8',
  });
  return [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)]
    .filter((match) => Number(match[2]) > BODY.top && Number(match[4]) < BODY.bottom)
    .map((match) => ({
      xMin: Number(match[1]),
      xMax: Number(match[3]),
      text: [...match[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join(' '),
    }));
}

/** Fonts embedded in a PDF (pdffonts' name column). */
function fontNames(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!)
    .filter(Boolean);
}

describe('an Arabic section', () => {
  let file: string;
  let section: Section;

  beforeAll(async () => {
    ({ file, section } = await exportSection('udhr-arb', 'article-26'));
  });

  it('holds every word of the section as the corpus has it', () => {
    // Arabic comes back in runs between direction marks: compared word by word.
    const printed = words(pageText(file, 1));
    for (const text of [section.title, ...section.paragraphs.map((paragraph) => paragraph.text)])
      for (const word of words(text)) expect(printed, word).toContain(word);
    expect(pdfInfo(file).Title).toBe(`الإعلان العالمي لحقوق الإنسان — ${section.title}`);
  });

  it('runs right to left: its lines end at the right margin, and a paragraph’s last line starts away from the left one', () => {
    const arabic = bodyLines(file, 1).filter((line) => /\p{Script=Arabic}/u.test(line.text));
    expect(arabic.length).toBeGreaterThan(4);
    const right = Math.max(...arabic.map((line) => line.xMax));
    const left = Math.min(...arabic.map((line) => line.xMin));
    expect(A4.width - right).toBeLessThan(80); // the right margin is 1 in
    for (const line of arabic) expect(right - line.xMax, line.text).toBeLessThan(3);
    expect(arabic.some((line) => line.xMin - left > 40)).toBe(true);
  });

  it('uses a font with Arabic glyphs', () => {
    expect(fontNames(file).some((name) => /Arab|Naskh|DejaVuSans|Kufi|Amiri/i.test(name))).toBe(true);
  });
});

describe('a Chinese section', () => {
  let file: string;
  let section: Section;

  beforeAll(async () => {
    ({ file, section } = await exportSection('udhr-cmn-hans', 'article-19'));
  });

  it('holds every character of the section as the corpus has it', () => {
    const text = pageText(file, 1).replace(/\s+/gu, '');
    expect(text).toContain(section.title);
    for (const paragraph of section.paragraphs) expect(text).toContain(paragraph.text.replace(/\s+/gu, ''));
  });

  it('runs left to right: its lines start at the left margin', () => {
    const chinese = bodyLines(file, 1).filter((line) => /\p{Script=Han}/u.test(line.text));
    expect(chinese.length).toBeGreaterThan(2);
    const left = Math.min(...chinese.map((line) => line.xMin));
    expect(left).toBeLessThan(80);
    for (const line of chinese) expect(line.xMin - left, line.text).toBeLessThan(3);
  });
});
