import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../src/shared/commands';
import type { KeyPress } from '../../../src/shared/key-chords';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
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
