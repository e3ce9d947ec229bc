/**
 * What the export tests share: the app's REAL export ports with Electron faked only at its edge
 * (the `dialog` object), the system Chromium as the PDF port, and poppler's tools to read PDFs back.
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import type { MessageBoxOptions, MessageBoxReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { createChromiumPdfRenderer } from '../../scripts/chromium-pdf-renderer';
import { createSaveDialog, type SaveDialogApi } from '../../src/main/electron/save-dialog';
import type { ExportPorts } from '../../src/main/export/export-ports';
import type { Section } from '../../src/shared/corpus-types';
import { normalizeSpace } from './seed';

/** The export date every test pins. */
export const EXPORT_DATE = new Date(2026, 10, 28, 10, 30);
export const EXPORT_DATE_TEXT = '28 November 2026';

/**
 * A fake of Electron's `dialog`: answers each save dialog with the next path (null: the reader
 * cancels) and each message box with the next button index (none left: the default button), and
 * records the options of both.
 */
export interface FakeDialog extends SaveDialogApi {
  shown: SaveDialogOptions[];
  answers: (string | null)[];
  asked: MessageBoxOptions[];
  replies: number[];
}

/** Builds the fake `dialog` (Electron's own object: the only kind of fake these tests use). */
export function fakeDialog(...answers: (string | null)[]): FakeDialog {
  const fake = {
    shown: [] as SaveDialogOptions[],
    answers,
    asked: [] as MessageBoxOptions[],
    replies: [] as number[],
    showSaveDialog: async (...args: unknown[]): Promise<SaveDialogReturnValue> => {
      fake.shown.push(args.at(-1) as SaveDialogOptions);
      const answer = fake.answers.shift() ?? null;
      return { canceled: answer === null, filePath: answer ?? '' };
    },
    showMessageBox: async (...args: unknown[]): Promise<MessageBoxReturnValue> => {
      const options = args.at(-1) as MessageBoxOptions;
      fake.asked.push(options);
      return { response: fake.replies.shift() ?? options.defaultId ?? 0, checkboxChecked: false };
    },
  };
  return fake;
}

/** The export ports of the app with Chromium rendering and the REAL save-dialog adapter over `dialog`. */
export function exportPorts(browser: Browser, dialog: SaveDialogApi, documentsFolder: string): ExportPorts {
  return {
    renderer: createChromiumPdfRenderer(browser),
    printer: null,
    savePath: createSaveDialog(
      dialog,
      () => null,
      () => documentsFolder,
    ),
    now: () => EXPORT_DATE,
  };
}

/** `pdfinfo` as a key → value map. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** A rectangle of a page in PDF points from its top-left corner. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text of one page (1-based), optionally of a rectangle of it only. */
export function pageText(path: string, page: number, crop?: Crop): string {
  const area = crop
    ? [
        ['-x', crop.x],
        ['-y', crop.y],
        ['-W', crop.width],
        ['-H', crop.height],
      ].flatMap(([flag, value]) => [String(flag), String(Math.round(Number(value)))])
    : [];
  // -r 72: crop coordinates in PDF points.
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', ...area, path, '-'], {
    encoding: 'utf8',
  });
}

/** The PDF's outline (bookmarks), top level first, as `{ title, page }`; nested items carry their depth. */
export function pdfOutline(path: string): { title: string; page: number; depth: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', path], { encoding: 'utf8' });
  const items: { title: string; page: number; depth: number }[] = [];
  let depth = 0;
  for (const token of xml
    .slice(xml.indexOf('<outline>'))
    .matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else items.push({ title: decodeXml(token[2]!), page: Number(token[1]), depth });
  }
  return items;
}

function decodeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );
}

/** Page geometry in PDF points (1/72 in): margins 0.9 in top, 1.05 in bottom (print-settings.ts). */
export const A4 = { width: 595.28, height: 841.89 };
export const LETTER = { width: 612, height: 792 };
const TOP = 0.9 * 72;
const BOTTOM = 1.05 * 72;

/** The running header's strip of a page. */
export const header = (page: { width: number }): Crop => ({ x: 0, y: 0, width: page.width, height: TOP });
/** The page's body, between header and footer. */
export const body = (page: { width: number; height: number }): Crop => ({
  x: 0,
  y: TOP,
  width: page.width,
  height: page.height - TOP - BOTTOM,
});
/** The footer's strip of a page. */
export const footer = (page: { width: number; height: number }): Crop => ({
  x: 0,
  y: page.height - BOTTOM,
  width: page.width,
  height: BOTTOM,
});

/**
 * A section's text as printed (kicker, heading, paragraphs and list items, with their numbers when
 * `numbered`), whitespace-normalised.
 */
export function printedText(section: Section, sectionCount: number, numbered = false): string {
  const parts = [`SECTION ${section.number} OF ${sectionCount}`, section.title];
  if (section.editorialTitle) parts.push('This heading is an editorial label; the source has none.');
  for (const paragraph of section.paragraphs)
    parts.push(
      ...(numbered ? [String(paragraph.number)] : []),
      paragraph.text,
      ...paragraph.items.flatMap((item) => (numbered ? [String(item.number), item.text] : [item.text])),
    );
  return normalizeSpace(parts.join(' '));
}

/**
 * The section whose words open a page, found in the page's own body text (its first words are
 * looked up in each section as printed); null when the page opens with front matter (title block or
 * contents). What the page's footer must name when sections flow.
 */
export function sectionOpeningPage(
  pageBody: string,
  sections: readonly Section[],
  sectionCount: number,
  numbered: boolean,
): Section | null {
  const opening = normalizeSpace(pageBody).slice(0, 60);
  return sections.find((section) => printedText(section, sectionCount, numbered).includes(opening)) ?? null;
}
