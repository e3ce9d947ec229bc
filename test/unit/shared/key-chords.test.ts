import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcut,
  chordLabel,
  chordMatches,
  electronAccelerator,
  type KeyPress,
} from '../../../src/shared/key-chords';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('key chords', () => {
  it('match letters in either case, Ctrl and Cmd alike for the command modifier, and no extra modifier', () => {
    const copyCitation = { key: 'c', mod: true, shift: true } as const;
    expect(chordMatches(copyCitation, press('C', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(chordMatches(copyCitation, press('c', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(chordMatches(copyCitation, press('c', { ctrlKey: true }))).toBe(false);
    expect(chordMatches(copyCitation, press('c', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
    expect(chordMatches({ key: '[', meta: true }, press('[', { metaKey: true }))).toBe(true);
    expect(chordMatches({ key: '[', meta: true }, press('[', { ctrlKey: true }))).toBe(false);
    expect(chordMatches({ key: 'F3' }, press('F3'))).toBe(true);
    expect(chordMatches({ key: 'F3' }, press('F3', { metaKey: true }))).toBe(false);
  });

  it('become Electron accelerators', () => {
    expect(electronAccelerator({ key: 'c', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+C');
    expect(electronAccelerator({ key: 'ArrowLeft', alt: true })).toBe('Alt+Left');
    expect(electronAccelerator({ key: '[', meta: true })).toBe('Cmd+[');
    expect(electronAccelerator({ key: '+', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+Plus');
    expect(electronAccelerator({ key: '=', mod: true })).toBe('CmdOrCtrl+=');
    expect(electronAccelerator({ key: 'F3', shift: true })).toBe('Shift+F3');
  });

  it('are written as each platform writes them (Apple’s modifier order on macOS)', () => {
    expect(chordLabel({ key: 'c', mod: true, shift: true }, 'other')).toBe('Ctrl+Shift+C');
    expect(chordLabel({ key: 'c', mod: true, shift: true }, 'mac')).toBe('⇧⌘C');
    expect(chordLabel({ key: 'ArrowLeft', alt: true }, 'mac')).toBe('⌥←');
    expect(chordLabel({ key: 'Enter', mod: true }, 'other')).toBe('Ctrl+Enter');
    expect(chordLabel({ key: 'F3' }, 'mac')).toBe('F3');
  });

  it('are written in aria-keyshortcuts syntax', () => {
    expect(ariaKeyShortcut({ key: 'p', mod: true }, 'other')).toBe('Control+P');
    expect(ariaKeyShortcut({ key: 'p', mod: true }, 'mac')).toBe('Meta+P');
    expect(ariaKeyShortcut({ key: 'ArrowLeft', alt: true }, 'other')).toBe('Alt+ArrowLeft');
    expect(ariaKeyShortcut({ key: '+', mod: true, shift: true }, 'other')).toBe('Control+Shift+Plus');
  });
});
