/**
 * The application menu as data: the platform's standard roles (edit, window, app menu on macOS)
 * and the reader's own commands, whose labels, shortcuts and places come from the command registry
 * (src/shared/commands.ts). Each command item only posts the command to the reader window
 * (`send`); the window does the work, so the menu, the keyboard and the buttons share one code
 * path. Type-only Electron import: unit-tested without the binary.
 *
 * Shortcuts are handled by the page first: Electron runs a menu accelerator only for key presses the
 * page did not handle (preventDefault), so a shortcut never acts twice; the menu shows the keys and
 * serves them when the page is not listening.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/app-commands';
import { COMMAND_IDS, COMMANDS, commandLabel, type MenuName } from '../../shared/commands';
import { electronAccelerator, type Platform } from '../../shared/key-chords';

/** Posts a command to the reader window. */
export type SendCommand = (command: AppCommand) => void;

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/** Builds the menu template for the platform (`isMac`: macOS conventions). */
export function buildMenuTemplate(isMac: boolean, appName: string, send: SendCommand): MenuItemConstructorOptions[] {
  const platform: Platform = isMac ? 'mac' : 'other';
  const item = (command: AppCommand): MenuItemConstructorOptions => {
    const shortcut = COMMANDS[command].keys[platform][0];
    return {
      label: commandLabel(command, appName),
      ...(shortcut ? { accelerator: electronAccelerator(shortcut) } : {}),
      click: () => send(command),
    };
  };
  /** The registry's commands of one menu: group after group between separators, submenus folded in. */
  const commandsOf = (menu: MenuName): MenuItemConstructorOptions[] => {
    const groups = new Map<string, MenuItemConstructorOptions[]>();
    for (const command of COMMAND_IDS.filter((id) => COMMANDS[id].menu.menu === menu)) {
      const { group, submenu } = COMMANDS[command].menu;
      const items = groups.get(group) ?? [];
      groups.set(group, items);
      if (!submenu) {
        items.push(item(command));
        continue;
      }
      const holder = items.find((candidate) => candidate.label === submenu && Array.isArray(candidate.submenu));
      if (holder && Array.isArray(holder.submenu)) holder.submenu.push(item(command));
      else items.push({ label: submenu, submenu: [item(command)] });
    }
    return [...groups.values()].flatMap((items, index) => (index === 0 ? items : [SEPARATOR, ...items]));
  };
  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              ...commandsOf('app'),
              SEPARATOR,
              { role: 'services' },
              SEPARATOR,
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              SEPARATOR,
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: [...commandsOf('file'), SEPARATOR, isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        SEPARATOR,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        SEPARATOR,
        { role: 'selectAll' },
        SEPARATOR,
        ...commandsOf('edit'),
      ],
    },
    { label: 'View', submenu: [...commandsOf('view'), SEPARATOR, { role: 'togglefullscreen' }] },
    { label: 'Go', submenu: commandsOf('go') },
    { label: 'Bookmarks', submenu: commandsOf('bookmarks') },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : commandsOf('app') },
  ];
}
