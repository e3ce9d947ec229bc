import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../scripts/chromium-pdf-renderer';
import { createElectronPdfRenderer, toElectronPdfOptions } from '../../../../src/main/electron/electron-pdf-renderer';
import { createElectronPrinter } from '../../../../src/main/electron/electron-printer';
import { MAX_PRINT_URL_LENGTH, PRINT_PARTITION } from '../../../../src/main/electron/print-window';
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
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      partition: PRINT_PARTITION,
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
});
