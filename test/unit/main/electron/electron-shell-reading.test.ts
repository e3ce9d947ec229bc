/**
 * The BUILT main process wires the reader's own features to Electron: the clipboard, the native
 * theme, the window's place, the menu's commands and the user-data folder. Electron is faked at its
 * edge (test/support/fake-electron.ts); everything else is the shipped code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startBuiltMain } from '../../../support/built-main';
import type { FakeElectron, FakeIpcEvent } from '../../../support/fake-electron';
import { ROOT } from '../../../support/paths';
import { tempDir } from '../../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

function fromReaderWindow(electron: FakeElectron): FakeIpcEvent {
  const contents = electron.windows[0]!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
}

async function invoke(electron: FakeElectron, channel: string, payload?: unknown): Promise<unknown> {
  return electron.ipcHandlers.get(channel)!(fromReaderWindow(electron), payload);
}

function settingsFile(window: object | null, theme = 'system'): string {
  return JSON.stringify({ kind: 'settings', version: 1, data: { theme, textScale: 1, window } });
}

describe('the built main process and the reader’s own features', () => {
  it('puts a citation on Electron’s clipboard as one item with text/plain and text/html', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    const answer = (await invoke(electron, 'citation:copy', {
      documentId: DOC,
      sectionId: 'bilateral-human-rights-dialogues',
      partId: 'p1',
    })) as { ok: boolean };
    expect(answer.ok).toBe(true);
    expect(electron.clipboardWrites).toHaveLength(1);
    const [item] = electron.clipboardWrites[0]!;
    expect(Object.keys(item!.items)).toEqual(['text/plain', 'text/html']);
    expect(item!.items['text/plain']).toMatch(
      /^“For a long time, Belarus has demonstrated .*”\n— Ministry of Foreign Affairs .*, section 5 “Bilateral human rights dialogues\.”, paragraph 1\.$/s,
    );
  });

  it('writes a bookmark still waiting for its background write when the app quits', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    const added = (await invoke(electron, 'bookmarks:add', {
      documentId: DOC,
      sectionId: 'bilateral-human-rights-dialogues',
      paragraphId: 'p1',
    })) as { ok: true; value: { bookmark: { id: string } } };
    // (Adding waits for the document from the search host; a change of a note is made at once.)
    const answer = invoke(electron, 'bookmarks:set-note', {
      id: added.value.bookmark.id,
      note: 'the last thing before quitting',
    });
    // Quit before the background write had its turn: the change is written on the way out.
    electron.app.emit('before-quit', { preventDefault: () => {} });
    const saved = readFileSync(join(electron.userDataDir, 'bookmarks.json'), 'utf8');
    expect(saved).toContain('the last thing before quitting');
    expect(await answer).toMatchObject({ ok: true });
  });

  it('opens the window where it was, in the theme the reader chose, and remembers where it is on close', async () => {
    const userDataDir = tempDir('reader-shell-user-');
    writeFileSync(
      join(userDataDir, 'settings.json'),
      settingsFile({ x: 100, y: 80, width: 1000, height: 700, maximized: false, fullScreen: false }, 'dark'),
    );
    const electron = await startBuiltMain({ appPath: ROOT, userDataDir });
    expect(electron.constructed[0]).toMatchObject({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      minWidth: 640,
      minHeight: 480,
    });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    await invoke(electron, 'settings:update', { theme: 'light' });
    expect(electron.nativeTheme.themeSource).toBe('light');
    electron.windows[0]!.close();
    const saved = JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8'));
    expect(saved.data).toEqual({
      theme: 'light',
      textScale: 1,
      window: { x: 0, y: 0, width: 1000, height: 700, maximized: false, fullScreen: false },
    });
  });

  it('sends menu commands and data-file notices to the window through app:next-event', async () => {
    const userDataDir = tempDir('reader-shell-user-');
    writeFileSync(join(userDataDir, 'bookmarks.json'), '{"kind":"bookmarks","vers');
    const electron = await startBuiltMain({ appPath: ROOT, userDataDir });
    expect(await invoke(electron, 'app:next-event')).toEqual({
      ok: true,
      value: { kind: 'notice', message: expect.stringContaining('Your bookmarks file could not be used') },
    });
    const waiting = invoke(electron, 'app:next-event');
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const view = (electron.applicationMenu!.template as Item[]).find((menu) => menu.label === 'View')!;
    view.submenu!.find((item) => item.label === 'Larger Text')!.click!();
    expect(await waiting).toEqual({ ok: true, value: { kind: 'command', command: 'text-larger' } });
  });
});
