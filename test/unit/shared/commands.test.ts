import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, type AppCommand } from '../../../src/shared/app-commands';
import {
  acceptedChords,
  ariaKeyShortcuts,
  COMMAND_IDS,
  COMMANDS,
  commandForKey,
  commandLabel,
  shortcutLabel,
} from '../../../src/shared/commands';
import { chordMatches, type KeyChord, type KeyPress } from '../../../src/shared/key-chords';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard shortcuts (key press → command)', () => {
  it('maps Ctrl and Cmd alike', () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(commandForKey(press('=', mod), 'none')).toBe('text-larger');
      expect(commandForKey(press('+', { ...mod, shiftKey: true }), 'none')).toBe('text-larger');
      expect(commandForKey(press('-', mod), 'none')).toBe('text-smaller');
      expect(commandForKey(press('0', mod), 'none')).toBe('text-reset');
      expect(commandForKey(press('C', { ...mod, shiftKey: true }), 'none')).toBe('copy-citation');
      expect(commandForKey(press('d', mod), 'none')).toBe('toggle-bookmark');
      expect(commandForKey(press('b', mod), 'none')).toBe('show-bookmarks');
      expect(commandForKey(press('f', mod), 'none')).toBe('find');
      expect(commandForKey(press('i', mod), 'none')).toBe('show-document-info');
      expect(commandForKey(press('I', mod), 'none')).toBe('show-document-info');
    }
  });

  it('leaves plain Ctrl/Cmd+C (copy) and plain typing alone', () => {
    expect(commandForKey(press('c', { ctrlKey: true }), 'none')).toBeNull();
    expect(commandForKey(press('c', { metaKey: true }), 'none')).toBeNull();
    expect(commandForKey(press('d'), 'none')).toBeNull();
    expect(commandForKey(press('ArrowLeft'), 'none')).toBeNull();
  });

  it('goes back and forward with Alt+arrows (and Cmd+[ ]), except in a text field where they move the caret', () => {
    expect(commandForKey(press('ArrowLeft', { altKey: true }), 'none')).toBe('go-back');
    expect(commandForKey(press('ArrowRight', { altKey: true }), 'none')).toBe('go-forward');
    expect(commandForKey(press('[', { metaKey: true }), 'none')).toBe('go-back');
    expect(commandForKey(press('ArrowLeft', { altKey: true }), 'single-line')).toBeNull();
    expect(commandForKey(press('[', { metaKey: true }), 'multi-line')).toBeNull();
  });

  it('leaves Ctrl/Cmd+B and D alone while a note is being written, not in the search field', () => {
    expect(commandForKey(press('b', { ctrlKey: true }), 'multi-line')).toBeNull();
    expect(commandForKey(press('d', { metaKey: true }), 'multi-line')).toBeNull();
    expect(commandForKey(press('b', { ctrlKey: true }), 'single-line')).toBe('show-bookmarks');
    // Text size and copy with citation work from any field.
    expect(commandForKey(press('=', { ctrlKey: true }), 'multi-line')).toBe('text-larger');
    expect(commandForKey(press('C', { ctrlKey: true, shiftKey: true }), 'multi-line')).toBe('copy-citation');
  });
});

/** The key presses that give a chord: a `mod` chord with Ctrl and with Cmd. */
function pressesOf(chord: KeyChord): KeyPress[] {
  const base = { key: chord.key, altKey: !!chord.alt, shiftKey: !!chord.shift, ctrlKey: false, metaKey: !!chord.meta };
  return chord.mod
    ? [
        { ...base, ctrlKey: true },
        { ...base, metaKey: true },
      ]
    : [base];
}

describe('the command registry', () => {
  it('describes every command exactly once', () => {
    expect([...COMMAND_IDS].sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('gives each command from each of its keys, on either platform', () => {
    for (const command of COMMAND_IDS)
      for (const chord of [...COMMANDS[command].keys.mac, ...COMMANDS[command].keys.other])
        for (const keyPress of pressesOf(chord)) expect(commandForKey(keyPress, 'none'), command).toBe(command);
  });

  it('never gives two commands for one key press', () => {
    const keys = new Set(COMMAND_IDS.flatMap((command) => acceptedChords(command).map((chord) => chord.key)));
    const flags = [false, true];
    for (const key of keys)
      for (const altKey of flags)
        for (const ctrlKey of flags)
          for (const metaKey of flags)
            for (const shiftKey of flags) {
              const keyPress = { key, altKey, ctrlKey, metaKey, shiftKey };
              const matching = COMMAND_IDS.filter((command) =>
                acceptedChords(command).some((chord) => chordMatches(chord, keyPress)),
              );
              expect(matching.length, JSON.stringify({ keyPress, matching })).toBeLessThanOrEqual(1);
            }
  });

  it('gives a command keys on both platforms or on neither', () => {
    for (const command of COMMAND_IDS) {
      const { mac, other } = COMMANDS[command].keys;
      expect(mac.length > 0, command).toBe(other.length > 0);
    }
  });

  it.each<[string, Partial<KeyPress>, AppCommand]>([
    ['F3', {}, 'next-hit'],
    ['F3', { shiftKey: true }, 'previous-hit'],
    ['g', { metaKey: true }, 'next-hit'],
    ['G', { metaKey: true, shiftKey: true }, 'previous-hit'],
    ['p', { ctrlKey: true }, 'export-or-print'],
    ['p', { metaKey: true }, 'export-or-print'],
    ['f', { ctrlKey: true }, 'find'],
    ['E', { ctrlKey: true, shiftKey: true }, 'export-bookmarks'],
    [']', { metaKey: true }, 'go-forward'],
    ['ArrowRight', { altKey: true }, 'go-forward'],
  ])('%s with %o gives %s', (key, mods, command) => {
    expect(commandForKey(press(key, mods), 'none')).toBe(command);
  });

  it('leaves keys with an extra modifier, or none, to the page', () => {
    expect(commandForKey(press('F3', { ctrlKey: true }), 'none')).toBeNull();
    expect(commandForKey(press('p', { ctrlKey: true, altKey: true }), 'none')).toBeNull();
    expect(commandForKey(press('[', { ctrlKey: true, metaKey: true }), 'none')).toBeNull();
    expect(commandForKey(press('p'), 'none')).toBeNull();
  });

  it('finds the next hit and opens the export dialog and Document info from any field, the search box and a note included', () => {
    for (const typing of ['single-line', 'multi-line'] as const) {
      expect(commandForKey(press('F3'), typing)).toBe('next-hit');
      expect(commandForKey(press('p', { ctrlKey: true }), typing)).toBe('export-or-print');
      expect(commandForKey(press('i', { metaKey: true }), typing)).toBe('show-document-info');
    }
  });

  it('writes the shortcuts as each platform does, for tooltips and assistive technology', () => {
    expect(shortcutLabel('copy-citation', 'other')).toBe('Ctrl+Shift+C');
    expect(shortcutLabel('copy-citation', 'mac')).toBe('⇧⌘C');
    expect(shortcutLabel('go-back', 'other')).toBe('Alt+←');
    expect(shortcutLabel('go-back', 'mac')).toBe('⌘[');
    expect(shortcutLabel('next-hit', 'mac')).toBe('⌘G');
    expect(shortcutLabel('theme-dark', 'mac')).toBeNull();
    expect(shortcutLabel('show-document-info', 'other')).toBe('Ctrl+I');
    expect(shortcutLabel('show-document-info', 'mac')).toBe('⌘I');
    expect(ariaKeyShortcuts('show-document-info', 'other')).toBe('Control+I');
    expect(ariaKeyShortcuts('export-or-print', 'other')).toBe('Control+P');
    expect(ariaKeyShortcuts('export-or-print', 'mac')).toBe('Meta+P');
    expect(ariaKeyShortcuts('previous-hit', 'other')).toBe('Shift+F3');
    expect(ariaKeyShortcuts('text-larger', 'other')).toBe('Control+= Control+Plus Control+Shift+Plus');
    expect(ariaKeyShortcuts('show-about', 'other')).toBeUndefined();
  });

  it("fills the application's name into a label", () => {
    expect(commandLabel('show-about', 'Offline Reference Reader')).toBe('About Offline Reference Reader');
    expect(commandLabel('export-or-print', 'Reader')).toBe('Export or Print…');
    expect(commandLabel('show-document-info', 'Reader')).toBe('Document Info…');
  });
});
