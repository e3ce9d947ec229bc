/** The commands the application menu (or a shortcut) can give the reader window. */

/** Every command. */
export const APP_COMMANDS = [
  'go-back',
  'go-forward',
  'find',
  'copy-citation',
  'toggle-bookmark',
  'show-bookmarks',
  'export-bookmarks',
  'text-larger',
  'text-smaller',
  'text-reset',
  'theme-system',
  'theme-light',
  'theme-dark',
  'show-about',
] as const;

/** One command, e.g. `copy-citation`. */
export type AppCommand = (typeof APP_COMMANDS)[number];
