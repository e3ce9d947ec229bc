import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../../scripts/chromium-pdf-renderer';
import { createSaveDialog } from '../../../../src/main/electron/save-dialog';
import type { ExportPorts } from '../../../../src/main/export/export-ports';
import { MAX_EXPORT_SECTIONS } from '../../../../src/shared/contract/export';
import { EXPORT_DATE, fakeDialog } from '../../../support/export-support';
import { openTestReader, TRUSTED_SENDER } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const OPTIONS = { paper: 'A4', tableOfContents: false, paragraphNumbers: false };

/** The real handlers with the app's save-dialog adapter over a fake Electron dialog; Chromium is never launched on these paths. */
function readerWith(dialog = fakeDialog(null)) {
  const folder = tempDir();
  const ports: ExportPorts = {
    renderer: createChromiumPdfRenderer(),
    printer: null,
    savePath: createSaveDialog(
      dialog,
      () => null,
      () => folder,
    ),
    now: () => EXPORT_DATE,
  };
  return { reader: openTestReader(undefined, { exporter: ports }), dialog, folder };
}

describe('export:pdf and export:print requests are validated before anything happens', () => {
  it.each([
    [{ documentId: DOC, sectionIds: [], options: OPTIONS }, "'sectionIds'"],
    [{ documentId: DOC, sectionIds: 'some', options: OPTIONS }, "'sectionIds'"],
    [{ documentId: DOC, sectionIds: ['a'], options: { ...OPTIONS, paper: 'A5' } }, "'options.paper'"],
    [
      { documentId: DOC, sectionIds: ['a'], options: { ...OPTIONS, tableOfContents: 'yes' } },
      "'options.tableOfContents'",
    ],
    [{ documentId: DOC, sectionIds: 'all', options: OPTIONS, html: '<h1>forged</h1>' }, ''],
    [{ documentId: DOC, sectionIds: 'all', options: { ...OPTIONS, path: '/etc/passwd' } }, "'options'"],
    [
      {
        documentId: DOC,
        sectionIds: Array.from({ length: MAX_EXPORT_SECTIONS + 1 }, (_, i) => `s${i}`),
        options: OPTIONS,
      },
      "'sectionIds'",
    ],
  ])('rejects %j', async (payload, where) => {
    const { reader, dialog } = readerWith();
    for (const channel of ['export:pdf', 'export:print']) {
      const result = await reader.dispatch(TRUSTED_SENDER, channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect((result as { error: { message: string } }).error.message).toContain(
        `Invalid request for ${channel}: ${where}`,
      );
    }
    expect(dialog.shown).toEqual([]);
  });

  it('answers unknown ids with not-found, naming them, without opening the save dialog', async () => {
    const { reader, dialog } = readerWith();
    const result = await reader.api.exportPdf({
      documentId: DOC,
      sectionIds: ['opening-statement', 'no-such-section'],
      options: { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(!result.ok && result.error.message).toMatch(
      /^Document 'belarus-un-human-rights-cooperation' has no section 'no-such-section'\. Its sections are: opening-statement, /,
    );
    const noDocument = await reader.api.exportPdf({
      documentId: 'nope',
      sectionIds: 'all',
      options: { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
    });
    expect(noDocument).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dialog.shown).toEqual([]);
  });

  it('reports a cancelled save dialog as cancelled, after proposing a name, and writes nothing', async () => {
    const { reader, dialog, folder } = readerWith(fakeDialog(null));
    const result = await reader.api.exportPdf({
      documentId: DOC,
      sectionIds: ['bilateral-human-rights-dialogues'],
      options: { paper: 'Letter', tableOfContents: true, paragraphNumbers: true },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The export was cancelled; nothing was saved.' },
    });
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]!.defaultPath).toBe(
      `${folder}/Statement of the Republic of Belarus on cooperation with the UN human rights - Bilateral human rights dialogues.pdf`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('answers unavailable where no export ports were given (and printing where there is no printer)', async () => {
    const bare = openTestReader();
    const request = {
      documentId: DOC,
      sectionIds: 'all' as const,
      options: { paper: 'A4' as const, tableOfContents: false, paragraphNumbers: false },
    };
    expect(await bare.api.exportPdf(request)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const { reader } = readerWith();
    expect(await reader.api.printExport(request)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Printing is not available here; export to PDF instead.' },
    });
  });
});
