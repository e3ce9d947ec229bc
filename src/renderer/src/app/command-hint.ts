import type { AppCommand } from '../../../shared/app-commands';
import { ariaKeyShortcuts, commandLabel, shortcutLabel } from '../../../shared/commands';
import { chordLabel, type KeyChord } from '../../../shared/key-chords';
import { PLATFORM } from './platform';

/** The app's name in a command's label ("About Offline Reference Reader"): the page's title. */
const appName = (): string => document.title;

/** What a button that gives a command tells about its keys: a tooltip and `aria-keyshortcuts`. */
export interface CommandHint {
  title: string;
  'aria-keyshortcuts'?: string;
}

/**
 * The tooltip ("Larger Text (Ctrl+=)") and `aria-keyshortcuts` of a button that gives `command`,
 * from the command registry; `extra` adds a way the registry does not hold (a widget's own key).
 */
export function commandHint(command: AppCommand, extra?: string): CommandHint {
  const keys = [shortcutLabel(command, PLATFORM), extra].filter(Boolean).join(', or ');
  const shortcuts = ariaKeyShortcuts(command, PLATFORM);
  return {
    title: keys ? `${commandLabel(command, appName())} (${keys})` : commandLabel(command, appName()),
    ...(shortcuts ? { 'aria-keyshortcuts': shortcuts } : {}),
  };
}

/** The shortcut of `command` as this platform writes it (`Ctrl+D`, `⌘D`), for sentences that name it. */
export function keysOf(command: AppCommand): string {
  return shortcutLabel(command, PLATFORM) ?? commandLabel(command, appName());
}

/** A widget's own key combination (not a command) as this platform writes it, e.g. Ctrl+Enter in a note. */
export function chordText(chord: KeyChord): string {
  return chordLabel(chord, PLATFORM);
}
