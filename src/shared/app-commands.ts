/**
 * The commands the reader window obeys, whether they come from the application menu, a shortcut
 * or a button. src/shared/commands.ts gives each one its label, keys and place in the menu.
 */

/** Every command the application menu (or a shortcut) can give the reader window. */
export const APP_COMMANDS = [
  'go-back',
  'go-forward',
  'find',
  'next-hit',
  'previous-hit',
  'copy-citation',
  'toggle-bookmark',
  'show-bookmarks',
  'export-bookmarks',
  'export-or-print',
  'toggle-sidebar',
  'reading-mode',
  'text-larger',
  'text-smaller',
  'text-reset',
  'theme-system',
  'theme-light',
  'theme-dark',
  'show-about',
  'show-document-info',
] as const;

/** One command, e.g. `copy-citation`. */
export type AppCommand = (typeof APP_COMMANDS)[number];
