/**
 * The BUILT main process wires the export: an `export:pdf` request from the reader window reaches
 * Electron's save dialog, attached to that window and proposing a name in Documents; cancelling it
 * is a typed `cancelled` answer. Electron is faked at its edge (test/support/fake-electron.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startBuiltMain } from '../../../support/built-main';
import { ROOT } from '../../../support/paths';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the built main process and the export', () => {
  it('asks where to save through Electron’s save dialog, modal to the reader window, and reports a cancel', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    const window = electron.windows[0]!;
    const handler = electron.ipcHandlers.get('export:pdf')!;
    const answer = await handler(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      {
        documentId: 'belarus-un-human-rights-cooperation',
        sectionIds: ['bilateral-human-rights-dialogues'],
        options: { paper: 'A4', tableOfContents: false, paragraphNumbers: true },
      },
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The export was cancelled; nothing was saved.' },
    });
    expect(electron.saveDialogs).toHaveLength(1);
    const [parent, options] = electron.saveDialogs[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath:
        '/home/reader/documents/Statement of the Republic of Belarus on cooperation with the UN human rights - Bilateral human rights dialogues.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(electron.windows).toHaveLength(1);
  });
});
