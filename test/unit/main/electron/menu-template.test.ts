import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../../src/main/electron/menu-template';
import { APP_COMMANDS, type AppCommand } from '../../../../src/shared/app-commands';
import { COMMAND_IDS, COMMANDS, commandLabel } from '../../../../src/shared/commands';
import { electronAccelerator } from '../../../../src/shared/key-chords';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** Clicks every command item (as Electron would) and records what it sends. */
function commandsOf(isMac: boolean): Map<AppCommand, MenuItemConstructorOptions> {
  const sent = new Map<AppCommand, MenuItemConstructorOptions>();
  let last: AppCommand | null | undefined;
  const items = flatten(buildMenuTemplate(isMac, 'Offline Reference Reader', (command) => (last = command)));
  for (const item of items.filter((candidate) => candidate.click)) {
    last = null;
    (item.click as () => void)();
    expect(last).not.toBeNull();
    sent.set(last!, item);
  }
  return sent;
}

describe('the application menu', () => {
  it.each([true, false])('offers every reader command (macOS: %s)', (isMac) => {
    expect([...commandsOf(isMac).keys()].sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('shows the shortcuts the page handles', () => {
    const windows = commandsOf(false);
    expect(windows.get('copy-citation')?.accelerator).toBe('CmdOrCtrl+Shift+C');
    expect(windows.get('text-larger')?.accelerator).toBe('CmdOrCtrl+=');
    expect(windows.get('text-smaller')?.accelerator).toBe('CmdOrCtrl+-');
    expect(windows.get('text-reset')?.accelerator).toBe('CmdOrCtrl+0');
    expect(windows.get('go-back')?.accelerator).toBe('Alt+Left');
    expect(windows.get('go-forward')?.accelerator).toBe('Alt+Right');
    expect(commandsOf(true).get('go-back')?.accelerator).toBe('Cmd+[');
  });

  it('keeps the platform roles: edit (plain Copy included), window, and the macOS app menu', () => {
    const roles = (isMac: boolean) =>
      flatten(buildMenuTemplate(isMac, 'Reader', () => {}))
        .map((item) => item.role)
        .filter(Boolean);
    expect(roles(false)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'windowMenu',
        'togglefullscreen',
        'quit',
      ]),
    );
    expect(roles(true)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'quit', 'close', 'copy']),
    );
    // No zoom roles: Ctrl/Cmd +, - and 0 change the reading text size instead.
    expect(roles(false)).not.toContain('zoomIn');
  });

  it('puts About in the app menu on macOS and in Help elsewhere', () => {
    const about = (isMac: boolean) =>
      buildMenuTemplate(isMac, 'Reader', () => {}).findIndex((menu) =>
        flatten([menu]).some((item) => item.label === 'About Reader'),
      );
    expect(about(true)).toBe(0);
    expect(buildMenuTemplate(false, 'Reader', () => {})[about(false)]?.role).toBe('help');
  });

  it.each([true, false])(
    'takes every label and accelerator from the command registry, each command once (macOS: %s)',
    (isMac) => {
      const platform = isMac ? 'mac' : 'other';
      const sent: AppCommand[] = [];
      const items = flatten(buildMenuTemplate(isMac, 'Reader', (command) => sent.push(command))).filter(
        (item) => item.click,
      );
      for (const item of items) (item.click as () => void)();
      expect([...sent].sort()).toEqual([...COMMAND_IDS].sort());
      sent.forEach((command, index) => {
        const first = COMMANDS[command].keys[platform][0];
        expect(items[index]!.label, command).toBe(commandLabel(command, 'Reader'));
        expect(items[index]!.accelerator, command).toBe(first ? electronAccelerator(first) : undefined);
      });
    },
  );

  it.each([true, false])('puts each command in the menu the registry names (macOS: %s)', (isMac) => {
    // `app`: the app menu on macOS, Help elsewhere.
    const named = {
      app: isMac ? 'Reader' : 'help',
      file: 'File',
      edit: 'Edit',
      view: 'View',
      go: 'Go',
      bookmarks: 'Bookmarks',
    };
    let last: AppCommand | null = null;
    for (const menu of buildMenuTemplate(isMac, 'Reader', (command) => (last = command)))
      for (const item of flatten([menu]).filter((candidate) => candidate.click)) {
        (item.click as () => void)();
        expect(menu.label ?? menu.role, last!).toBe(named[COMMANDS[last!].menu.menu]);
      }
  });

  it('offers Export or Print… in the File menu with Ctrl/Cmd+P, and the next and previous hit', () => {
    const windows = commandsOf(false);
    const mac = commandsOf(true);
    expect(windows.get('export-or-print')?.accelerator).toBe('CmdOrCtrl+P');
    expect(windows.get('export-or-print')?.label).toBe('Export or Print…');
    for (const isMac of [true, false]) {
      const file = buildMenuTemplate(isMac, 'Reader', () => {}).find((menu) => menu.label === 'File');
      expect(flatten([file!]).map((item) => item.label)).toContain('Export or Print…');
    }
    expect(windows.get('next-hit')?.accelerator).toBe('F3');
    expect(windows.get('previous-hit')?.accelerator).toBe('Shift+F3');
    expect(mac.get('next-hit')?.accelerator).toBe('CmdOrCtrl+G');
    expect(mac.get('previous-hit')?.accelerator).toBe('CmdOrCtrl+Shift+G');
  });

  it('opens Document Info… from the top of the File menu with Ctrl/Cmd+I, set apart from Export or Print…', () => {
    for (const isMac of [true, false]) {
      expect(commandsOf(isMac).get('show-document-info')?.accelerator).toBe('CmdOrCtrl+I');
      const file = buildMenuTemplate(isMac, 'Reader', () => {}).find((menu) => menu.label === 'File');
      const items = Array.isArray(file?.submenu) ? file.submenu : [];
      expect(items.slice(0, 3).map((item) => item.label ?? item.type)).toEqual([
        'Document Info…',
        'separator',
        'Export or Print…',
      ]);
    }
  });
});
