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
