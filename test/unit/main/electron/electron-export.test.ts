import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../scripts/chromium-pdf-renderer';
import { createElectronPdfRenderer, toElectronPdfOptions } from '../../../../src/main/electron/electron-pdf-renderer';
import { createElectronPrinter } from '../../../../src/main/electron/electron-printer';
import { MAX_PRINT_URL_LENGTH, PRINT_PARTITION, type PrintElectron } from '../../../../src/main/electron/print-window';
import { MAX_WAITING_EXPORTS } from '../../../../src/main/ipc/export-handlers';
import { createSaveDialog } from '../../../../src/main/electron/save-dialog';
import { selectSections } from '../../../../src/main/export/export-selection';
import { provenanceOf } from '../../../../src/main/export/pdf-export';
import { composePrintDocument } from '../../../../src/main/export/print-document';
import { printSettingsFor } from '../../../../src/main/export/print-settings';
import { EXPORT_DATE, fakeDialog } from '../../../support/export-support';
import { fakePrintElectron, htmlOfDataUrl } from '../../../support/fake-print-electron';
import { openTestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const settings = printSettingsFor(
  { paper: 'Letter', tableOfContents: false, paragraphNumbers: true },
  { documentTitle: 'T', issuer: 'I', contentHash: 'a'.repeat(64), alteredNotice: null, exportedAt: EXPORT_DATE },
);

describe('the print window (Electron adapter)', () => {
  it('is hidden, sandboxed, script-less, on its own locked-down session, and loads only the composed document', async () => {
    const electron = fakePrintElectron();
    const pdf = await createElectronPdfRenderer(electron).renderPdf(
      '<!doctype html><title>x</title><p>Text “quoted” é</p>',
      settings.pdf,
    );
    expect(Buffer.from(pdf).toString()).toBe('%PDF-fake');
    const [window] = electron.windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toEqual({
      partition: PRINT_PARTITION,
      javascript: false,
      backgroundThrottling: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window!.options.webPreferences).not.toHaveProperty('preload');
    expect(window!.loadedUrls).toHaveLength(1);
    expect(htmlOfDataUrl(window!.loadedUrls[0]!)).toBe('<!doctype html><title>x</title><p>Text “quoted” é</p>');
    expect(window!.destroyed).toBe(true);

    const session = electron.sessions.get(PRINT_PARTITION)!;
    const granted: boolean[] = [];
    session.permissionRequest!({} as never, 'media', (answer) => granted.push(answer));
    expect(granted).toEqual([false]);
    expect(session.permissionCheck!()).toBe(false);
    // The session spellchecker is off with no dictionary chosen: nothing to download.
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.spellCheckerLanguages).toEqual([]);
    const cancelled = (url: string): boolean => {
      let answer: boolean | null = null;
      session.beforeRequest!({ url }, (response) => (answer = response.cancel));
      return answer!;
    };
    expect(cancelled(window!.loadedUrls[0]!)).toBe(false);
    expect(
      [
        'https://example.com/font.woff2',
        'http://127.0.0.1/',
        'file:///etc/passwd',
        'data:image/png;base64,AAAA',
        'app://reader/index.html',
      ].map(cancelled),
    ).toEqual([true, true, true, true, true]);
  });

  it('prints to PDF with the shared print options, renamed for Electron', async () => {
    const electron = fakePrintElectron();
    await createElectronPdfRenderer(electron).renderPdf('<p>x</p>', settings.pdf);
    expect(electron.windows[0]!.pdfOptions).toEqual([toElectronPdfOptions(settings.pdf)]);
    expect(electron.windows[0]!.pdfOptions[0]).toMatchObject({
      pageSize: { width: 8.5, height: 11 },
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
    });
  });

  it('closes the window when loading or printing fails, and refuses documents too large for a URL before opening one', async () => {
    const loadFails = fakePrintElectron({ loadFails: new Error('ERR_ABORTED') });
    await expect(createElectronPdfRenderer(loadFails).renderPdf('<p>x</p>', settings.pdf)).rejects.toThrow(
      'ERR_ABORTED',
    );
    expect(loadFails.windows[0]!.destroyed).toBe(true);
    const printFails = fakePrintElectron({ pdf: new Error('Printing failed') });
    await expect(createElectronPdfRenderer(printFails).renderPdf('<p>x</p>', settings.pdf)).rejects.toThrow(
      'Printing failed',
    );
    expect(printFails.windows[0]!.destroyed).toBe(true);
    const huge = fakePrintElectron();
    await expect(
      createElectronPdfRenderer(huge).renderPdf(`<p>${'x'.repeat(MAX_PRINT_URL_LENGTH)}</p>`, settings.pdf),
    ).rejects.toThrow(/too large to print in one go/);
    expect(huge.windows).toEqual([]);
  });

  it('hands the document to the system print dialog on the chosen paper, and tells printed, cancelled and failed apart', async () => {
    const electron = fakePrintElectron();
    const printer = createElectronPrinter(electron);
    expect(await printer.print('<p>x</p>', settings)).toBe('printed');
    expect(electron.windows[0]!.printOptions).toEqual([{ silent: false, printBackground: true, pageSize: 'Letter' }]);
    electron.behaviour.printOutcome = [false, 'cancelled'];
    expect(await printer.print('<p>x</p>', settings)).toBe('cancelled');
    electron.behaviour.printOutcome = [false, 'Print job canceled'];
    expect(await printer.print('<p>x</p>', settings)).toBe('cancelled');
    electron.behaviour.printOutcome = [false, 'Print job failed'];
    await expect(printer.print('<p>x</p>', settings)).rejects.toThrow('Print job failed');
    expect(electron.windows.map((window) => window.destroyed)).toEqual([true, true, true, true]);
  });
});

describe('export:print through the real handler and the Electron printer', () => {
  it('prints the same composed document the PDF export renders, and reports the outcome as a typed result', async () => {
    const electron = fakePrintElectron();
    const reader = openTestReader(undefined, {
      exporter: {
        renderer: createChromiumPdfRenderer(),
        printer: createElectronPrinter(electron),
        savePath: createSaveDialog(
          fakeDialog(),
          () => null,
          () => tempDir(),
        ),
        now: () => EXPORT_DATE,
      },
    });
    const options = { paper: 'A4' as const, tableOfContents: true, paragraphNumbers: false };
    const request = { documentId: DOC, sectionIds: ['bilateral-human-rights-dialogues', 'opening-statement'], options };
    expect(await reader.api.printExport(request)).toEqual({ ok: true, value: { sectionCount: 2 } });
    const selection = selectSections(reader.services.store, DOC, request.sectionIds);
    if (!selection.ok) throw new Error(selection.error.message);
    const expected = composePrintDocument(
      selection.value,
      printSettingsFor(options, provenanceOf(selection.value, reader.services.status.integrity, EXPORT_DATE)),
    );
    expect(htmlOfDataUrl(electron.windows[0]!.loadedUrls[0]!)).toBe(expected.html);
    expect(electron.windows[0]!.printOptions[0]).toMatchObject({ pageSize: 'A4', silent: false });

    electron.behaviour.printOutcome = [false, 'cancelled'];
    expect(await reader.api.printExport(request)).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Printing was cancelled.' },
    });
    electron.behaviour.printOutcome = [false, 'Print job failed'];
    expect(await reader.api.printExport(request)).toEqual({
      ok: false,
      error: { code: 'export-failed', message: 'The document could not be printed (Print job failed).' },
    });
    expect(await reader.api.printExport({ ...request, sectionIds: ['nope'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(electron.windows).toHaveLength(3);
  });
});

describe('a burst of export requests', () => {
  it('renders one at a time: a single print window open at once, a few waiting, the rest refused as busy', async () => {
    const electron = fakePrintElectron();
    let open = 0;
    let mostOpen = 0;
    const counting: PrintElectron = {
      session: electron.session,
      BrowserWindow: class {
        constructor(options: BrowserWindowConstructorOptions) {
          const window = new electron.BrowserWindow(options);
          mostOpen = Math.max(mostOpen, ++open);
          const destroy = window.destroy.bind(window);
          window.destroy = () => {
            open--;
            destroy();
          };
          return window;
        }
      } as unknown as PrintElectron['BrowserWindow'],
    };
    const reader = openTestReader(undefined, {
      exporter: {
        renderer: createElectronPdfRenderer(counting),
        printer: createElectronPrinter(counting),
        savePath: { chooseSavePath: async () => join(tempDir(), 'x.pdf') },
      },
    });
    const request = {
      documentId: DOC,
      sectionIds: ['opening-statement'],
      options: { paper: 'A4' as const, tableOfContents: false, paragraphNumbers: false },
    };
    const answers = await Promise.all(Array.from({ length: 100 }, () => reader.api.printExport(request)));
    expect(mostOpen).toBe(1);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1 + MAX_WAITING_EXPORTS);
    const refused = answers.filter((answer) => !answer.ok);
    expect(refused).toHaveLength(100 - 1 - MAX_WAITING_EXPORTS);
    expect(refused[0]).toEqual({ ok: false, error: { code: 'busy', message: expect.stringMatching(/one at a time/) } });
    expect(electron.windows).toHaveLength(1 + MAX_WAITING_EXPORTS);
    // Once the queue has drained, the next request is served.
    expect((await reader.api.printExport(request)).ok).toBe(true);
  });
});

describe('the save dialog (Electron adapter)', () => {
  it('proposes the name in Documents, then in the last folder used, and always returns a .pdf path', async () => {
    const documents = tempDir();
    const dialog = fakeDialog('/exports/minutes', '/exports/b.PDF', null);
    const parent = {} as never;
    const chooser = createSaveDialog(
      dialog,
      () => parent,
      () => documents,
    );
    expect(await chooser.chooseSavePath('Doc - Section.pdf')).toBe('/exports/minutes.pdf');
    expect(await chooser.chooseSavePath('Doc.pdf')).toBe('/exports/b.PDF');
    expect(await chooser.chooseSavePath('Doc.pdf')).toBeNull();
    expect(dialog.shown.map((options) => options.defaultPath)).toEqual([
      join(documents, 'Doc - Section.pdf'),
      '/exports/Doc.pdf',
      '/exports/Doc.pdf',
    ]);
    expect(dialog.shown[0]).toMatchObject({
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('never replaces a file without asking: a name completed with .pdf that exists is asked about, and No asks again', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'Report.pdf'), 'the earlier report');
    const dialog = fakeDialog(join(folder, 'Report'), join(folder, 'Other'));
    const chooser = createSaveDialog(
      dialog,
      () => null,
      () => folder,
    );
    // The dialog confirmed "Report" (no such file); "Report.pdf" exists: the reader is asked, keeps it, and is asked again.
    dialog.replies.push(1);
    expect(await chooser.chooseSavePath('Doc.pdf')).toBe(join(folder, 'Other.pdf'));
    expect(dialog.asked).toHaveLength(1);
    expect(dialog.asked[0]).toMatchObject({
      type: 'question',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: '“Report.pdf” already exists. Do you want to replace it?',
    });
    expect(dialog.shown.map((options) => options.defaultPath)).toEqual([
      join(folder, 'Doc.pdf'),
      join(folder, 'Report.pdf'),
    ]);
    // Asked again, the reader replaces it.
    dialog.answers.push(join(folder, 'Report'));
    dialog.replies.push(0);
    expect(await chooser.chooseSavePath('Doc.pdf')).toBe(join(folder, 'Report.pdf'));
    expect(dialog.asked).toHaveLength(2);
    // A name that already has the extension was confirmed by the dialog itself: not asked twice.
    dialog.answers.push(join(folder, 'Report.pdf'));
    expect(await chooser.chooseSavePath('Doc.pdf')).toBe(join(folder, 'Report.pdf'));
    expect(dialog.asked).toHaveLength(2);
    expect(readFileSync(join(folder, 'Report.pdf'), 'utf8')).toBe('the earlier report');
  });

  it('is the same dialog for the bookmarks’ Markdown: .md settled, an existing file asked about', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'notes.md'), 'earlier notes');
    const dialog = fakeDialog(join(folder, 'fresh'), join(folder, 'notes'));
    const chooser = createSaveDialog(
      dialog,
      () => null,
      () => folder,
    );
    expect(await chooser.chooseMarkdownFile('bookmarks-2026-03-04.md')).toBe(join(folder, 'fresh.md'));
    expect(dialog.shown[0]).toMatchObject({
      title: 'Export bookmarks and notes',
      defaultPath: join(folder, 'bookmarks-2026-03-04.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    // Cancel on the replace question, then Cancel on the dialog: nothing chosen.
    expect(await chooser.chooseMarkdownFile('bookmarks.md')).toBeNull();
    expect(dialog.asked.map((options) => options.message)).toEqual([
      '“notes.md” already exists. Do you want to replace it?',
    ]);
  });
});
