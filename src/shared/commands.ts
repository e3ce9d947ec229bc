/**
 * The command registry: every command the reader window obeys, with its label, its keys on macOS
 * and elsewhere, and its place in the application menu. Read by the page's key handling
 * (src/renderer/src/app/use-command-keys.ts), the application menu (src/main/electron/menu-template.ts)
 * and the buttons' tooltips and `aria-keyshortcuts`, so the three can never disagree.
 */
import type { AppCommand } from './app-commands';
import { ariaKeyShortcut, chordLabel, chordMatches, type KeyChord, type KeyPress, type Platform } from './key-chords';

/** Where the focus is: in no text field, in a one-line field (search), or in a multi-line one (a note). */
export type TypingContext = 'none' | 'single-line' | 'multi-line';

/**
 * When the page leaves a command's keys to the focused field: `outside-text-fields` (Alt+arrows and
 * Cmd+[ ] move the caret in a field), `outside-notes` (Ctrl/Cmd+B and D are the note's while one is
 * written: they would act on a paragraph the reader is not looking at).
 */
export type KeyScope = 'everywhere' | 'outside-text-fields' | 'outside-notes';

/** The menus holding reader commands; `app` is the app menu on macOS and the Help menu elsewhere. */
export type MenuName = 'app' | 'file' | 'edit' | 'view' | 'go' | 'bookmarks';

/** Where a command sits in the application menu. */
export interface MenuPlace {
  menu: MenuName;
  /** Commands of one group sit together, between separators, in registry order. */
  group: string;
  /** Inside a submenu with this label (e.g. View ▸ Theme). */
  submenu?: string;
}

/** One command: what the menu and the tooltips call it, its keys, and where it appears. */
export interface CommandSpec {
  /** Menu label, in title case; `{app}` stands for the application's name. */
  label: string;
  /** The keys that give the command; the first of a platform's list is the one the menu and tooltips show. */
  keys: Readonly<Record<Platform, readonly KeyChord[]>>;
  /** When the keys are left to the focused field (default: `everywhere`). */
  scope?: KeyScope;
  menu: MenuPlace;
}

const both = (...chords: KeyChord[]): CommandSpec['keys'] => ({ mac: chords, other: chords });
const NO_KEYS = both();

/** Every command, in menu order within each menu. */
export const COMMANDS: Readonly<Record<AppCommand, CommandSpec>> = {
  // Cmd+I is "Get Info" in the Finder and "Page Info" in browsers: what this document is.
  'show-document-info': {
    label: 'Document Info…',
    keys: both({ key: 'i', mod: true }),
    menu: { menu: 'file', group: 'document' },
  },
  'export-or-print': {
    label: 'Export or Print…',
    keys: both({ key: 'p', mod: true }),
    menu: { menu: 'file', group: 'export' },
  },
  'copy-citation': {
    label: 'Copy with Citation',
    keys: both({ key: 'c', mod: true, shift: true }),
    menu: { menu: 'edit', group: 'citation' },
  },
  find: {
    label: 'Find in Document',
    keys: both({ key: 'f', mod: true }),
    menu: { menu: 'edit', group: 'find' },
  },
  // F3 is Mission Control on a Mac keyboard: Cmd+G / Shift+Cmd+G are the Mac's "find next / previous".
  'next-hit': {
    label: 'Next Passage',
    keys: { mac: [{ key: 'g', mod: true }, { key: 'F3' }], other: [{ key: 'F3' }] },
    menu: { menu: 'edit', group: 'find' },
  },
  'previous-hit': {
    label: 'Previous Passage',
    keys: {
      mac: [
        { key: 'g', mod: true, shift: true },
        { key: 'F3', shift: true },
      ],
      other: [{ key: 'F3', shift: true }],
    },
    menu: { menu: 'edit', group: 'find' },
  },
  'toggle-sidebar': {
    label: 'Show or Hide the Sidebar',
    keys: both({ key: 'l', mod: true, shift: true }),
    menu: { menu: 'view', group: 'panes' },
  },
  // Safari's reader view is Cmd+Shift+R; F9 is Firefox's on Windows. Escape leaves it too (the page's own key).
  'reading-mode': {
    label: 'Reading Mode',
    keys: { mac: [{ key: 'r', mod: true, shift: true }], other: [{ key: 'F9' }, { key: 'r', mod: true, shift: true }] },
    menu: { menu: 'view', group: 'panes' },
  },
  'text-larger': {
    label: 'Larger Text',
    keys: both({ key: '=', mod: true }, { key: '+', mod: true }, { key: '+', mod: true, shift: true }),
    menu: { menu: 'view', group: 'text-size' },
  },
  'text-smaller': {
    label: 'Smaller Text',
    keys: both({ key: '-', mod: true }),
    menu: { menu: 'view', group: 'text-size' },
  },
  'text-reset': {
    label: 'Actual Text Size',
    keys: both({ key: '0', mod: true }),
    menu: { menu: 'view', group: 'text-size' },
  },
  'theme-system': {
    label: 'Follow the System',
    keys: NO_KEYS,
    menu: { menu: 'view', group: 'theme', submenu: 'Theme' },
  },
  'theme-light': { label: 'Light', keys: NO_KEYS, menu: { menu: 'view', group: 'theme', submenu: 'Theme' } },
  'theme-dark': { label: 'Dark', keys: NO_KEYS, menu: { menu: 'view', group: 'theme', submenu: 'Theme' } },
  'go-back': {
    label: 'Back',
    keys: {
      mac: [
        { key: '[', meta: true },
        { key: 'ArrowLeft', alt: true },
      ],
      other: [{ key: 'ArrowLeft', alt: true }],
    },
    scope: 'outside-text-fields',
    menu: { menu: 'go', group: 'history' },
  },
  'go-forward': {
    label: 'Forward',
    keys: {
      mac: [
        { key: ']', meta: true },
        { key: 'ArrowRight', alt: true },
      ],
      other: [{ key: 'ArrowRight', alt: true }],
    },
    scope: 'outside-text-fields',
    menu: { menu: 'go', group: 'history' },
  },
  'toggle-bookmark': {
    label: 'Bookmark Paragraph',
    keys: both({ key: 'd', mod: true }),
    scope: 'outside-notes',
    menu: { menu: 'bookmarks', group: 'paragraph' },
  },
  'show-bookmarks': {
    label: 'Show Bookmarks',
    keys: both({ key: 'b', mod: true }),
    scope: 'outside-notes',
    menu: { menu: 'bookmarks', group: 'paragraph' },
  },
  'export-bookmarks': {
    label: 'Export Bookmarks and Notes…',
    keys: both({ key: 'e', mod: true, shift: true }),
    menu: { menu: 'bookmarks', group: 'export' },
  },
  'show-about': { label: 'About {app}', keys: NO_KEYS, menu: { menu: 'app', group: 'about' } },
};

/** Every command id, in registry (menu) order. */
export const COMMAND_IDS = Object.keys(COMMANDS) as AppCommand[];

/** A command's label, with the application's name filled in. */
export function commandLabel(command: AppCommand, appName: string): string {
  return COMMANDS[command].label.replace('{app}', appName);
}

/** Every chord the page takes for a command: both platforms' (a reader keeps their habits on the other system). */
export function acceptedChords(command: AppCommand): KeyChord[] {
  const { mac, other } = COMMANDS[command].keys;
  return [...mac, ...other.filter((chord) => !mac.some((candidate) => sameChord(candidate, chord)))];
}

function sameChord(a: KeyChord, b: KeyChord): boolean {
  return a.key === b.key && !a.mod === !b.mod && !a.meta === !b.meta && !a.alt === !b.alt && !a.shift === !b.shift;
}

/** The command a key press gives where the focus is, or null (the press is then left to the page). */
export function commandForKey(press: KeyPress, typing: TypingContext): AppCommand | null {
  const command = COMMAND_IDS.find((id) => acceptedChords(id).some((chord) => chordMatches(chord, press)));
  if (!command) return null;
  const scope = COMMANDS[command].scope ?? 'everywhere';
  if (scope === 'outside-text-fields' && typing !== 'none') return null;
  if (scope === 'outside-notes' && typing === 'multi-line') return null;
  return command;
}

/** The shortcut of a command as the platform writes it (`Ctrl+D`, `⌘D`), or null when it has none. */
export function shortcutLabel(command: AppCommand, platform: Platform): string | null {
  const first = COMMANDS[command].keys[platform][0];
  return first ? chordLabel(first, platform) : null;
}

/** A command's keys on a platform in `aria-keyshortcuts` syntax (space-separated), or undefined when it has none. */
export function ariaKeyShortcuts(command: AppCommand, platform: Platform): string | undefined {
  const chords = COMMANDS[command].keys[platform];
  return chords.length > 0 ? chords.map((chord) => ariaKeyShortcut(chord, platform)).join(' ') : undefined;
}
