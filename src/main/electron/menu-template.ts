/**
 * The application menu as data: the platform's standard roles (edit, window, app menu on macOS)
 * and the reader's own commands with their shortcuts. Each command item only posts the command to
 * the reader window (`send`); the window does the work, so the menu, the keyboard and the buttons
 * share one code path. Type-only Electron import: unit-tested without the binary.
 *
 * Shortcuts are handled by the page first: Electron runs a menu accelerator only for key presses the
 * page did not handle (preventDefault), so a shortcut never acts twice; the menu shows the keys and
 * serves them when the page is not listening.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract';

/** Posts a command to the reader window. */
export type SendCommand = (command: AppCommand) => void;

/** Builds the menu template for the platform (`isMac`: macOS conventions). */
export function buildMenuTemplate(isMac: boolean, appName: string, send: SendCommand): MenuItemConstructorOptions[] {
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const about = item(`About ${appName}`, 'show-about');
  return [
    ...(isMac
      ? [
          {
            label: appName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        item('Copy with Citation', 'copy-citation', 'CmdOrCtrl+Shift+C'),
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find in Document', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Larger Text', 'text-larger', 'CmdOrCtrl+='),
        item('Smaller Text', 'text-smaller', 'CmdOrCtrl+-'),
        item('Actual Text Size', 'text-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            item('Follow the System', 'theme-system'),
            item('Light', 'theme-light'),
            item('Dark', 'theme-dark'),
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: [
        item('Back', 'go-back', isMac ? 'Cmd+[' : 'Alt+Left'),
        item('Forward', 'go-forward', isMac ? 'Cmd+]' : 'Alt+Right'),
      ],
    },
    {
      label: 'Bookmarks',
      submenu: [
        item('Bookmark Paragraph', 'toggle-bookmark', 'CmdOrCtrl+D'),
        item('Show Bookmarks', 'show-bookmarks', 'CmdOrCtrl+B'),
        { type: 'separator' },
        item('Export Bookmarks and Notes…', 'export-bookmarks', 'CmdOrCtrl+Shift+E'),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : [about] },
  ];
}
