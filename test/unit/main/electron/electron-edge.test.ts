/**
 * The thin Electron edge (src/main/electron/) over small fakes of Electron's own objects: the
 * screen, a window, the clipboard and the menu. Our code under them is the real one.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../../../src/main/user-data/settings-store';
import { tempDir } from '../../../support/temp-folders';

const electron = vi.hoisted(() => ({
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
  clipboardWrites: [] as unknown[],
  menus: [] as unknown[],
}));

vi.mock('electron', () => ({
  screen: { getAllDisplays: () => electron.displays },
  clipboard: {
    write: async (items: unknown[]) => {
      electron.clipboardWrites.push(items);
    },
  },
  ClipboardItem: class {
    constructor(readonly items: Record<string, string>) {}
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: unknown) => electron.menus.push(menu),
  },
}));

const { restoredPlacement, trackWindowState } = await import('../../../../src/main/electron/window-state');
const { electronClipboardPort } = await import('../../../../src/main/electron/clipboard-port');
const { installApplicationMenu } = await import('../../../../src/main/electron/application-menu');

/** A BrowserWindow as far as window-state.ts uses it. */
class FakeWindow extends EventEmitter {
  bounds = { x: 40, y: 60, width: 1100, height: 780 };
  maximized = false;
  fullScreen = false;
  maximize = () => void (this.maximized = true);
  setFullScreen = (on: boolean) => void (this.fullScreen = on);
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isFullScreen = () => this.fullScreen;
  isMinimized = () => false;
  isDestroyed = () => false;
}

const settingsIn = (dir: string) => new SettingsStore(join(dir, 'settings.json'), () => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('window placement at the Electron edge', () => {
  it('saves the window on close and puts it back there on the next start', () => {
    const dir = tempDir('reader-window-');
    const window = new FakeWindow();
    trackWindowState(window as unknown as BrowserWindow, restoredPlacement(settingsIn(dir)), settingsIn(dir));
    window.maximized = true;
    window.emit('close');
    const saved = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(saved.data.window).toEqual({ x: 40, y: 60, width: 1100, height: 780, maximized: true, fullScreen: false });
    const next = restoredPlacement(settingsIn(dir));
    expect(next).toEqual({ bounds: { x: 40, y: 60, width: 1100, height: 780 }, maximized: true, fullScreen: false });
    const reopened = new FakeWindow();
    trackWindowState(reopened as unknown as BrowserWindow, next, settingsIn(dir));
    expect(reopened.maximized).toBe(true);
  });

  it('saves a second after the reader stops moving or resizing it', () => {
    vi.useFakeTimers();
    const dir = tempDir('reader-window-');
    const settings = settingsIn(dir);
    const window = new FakeWindow();
    trackWindowState(window as unknown as BrowserWindow, restoredPlacement(settings), settings);
    window.emit('move');
    window.bounds = { x: 300, y: 200, width: 900, height: 700 };
    window.emit('resize');
    vi.advanceTimersByTime(999);
    expect(settings.windowState()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(settings.windowState()).toEqual({
      x: 300,
      y: 200,
      width: 900,
      height: 700,
      maximized: false,
      fullScreen: false,
    });
  });

  it('brings a window saved on a display that is gone back onto the one that is left', () => {
    const dir = tempDir('reader-window-');
    settingsIn(dir).setWindowState({ x: 2500, y: 100, width: 1000, height: 700, maximized: false, fullScreen: false });
    expect(restoredPlacement(settingsIn(dir)).bounds).toEqual({ x: 460, y: 175, width: 1000, height: 700 });
  });
});

describe('the clipboard port', () => {
  it('writes the citation as one clipboard item with text/plain and text/html', async () => {
    await electronClipboardPort().write({ text: '“words”\n— citation', html: '<p>“words”</p>' });
    expect(electron.clipboardWrites).toEqual([
      [{ items: { 'text/plain': '“words”\n— citation', 'text/html': '<p>“words”</p>' } }],
    ]);
  });

  it('writes plain text as one item with text/plain only', async () => {
    electron.clipboardWrites.length = 0;
    await electronClipboardPort().write({ text: 'selected words' });
    expect(electron.clipboardWrites).toEqual([[{ items: { 'text/plain': 'selected words' } }]]);
  });
});

describe('the installed application menu', () => {
  it('sends menu commands to the window through the given channel', () => {
    const sent: string[] = [];
    installApplicationMenu(false, 'Offline Reference Reader', (command) => sent.push(command));
    const { template } = electron.menus.at(-1) as { template: MenuItemConstructorOptions[] };
    const bookmarksMenu = template.find((menu) => menu.label === 'Bookmarks')!;
    const exportItem = (bookmarksMenu.submenu as MenuItemConstructorOptions[]).find((item) =>
      item.label?.startsWith('Export'),
    )!;
    (exportItem.click as () => void)();
    expect(sent).toEqual(['export-bookmarks']);
  });
});
