import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from '../../src/renderer/src/app/shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps Ctrl and Cmd alike', () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(commandForKey(press('=', mod), false)).toBe('text-larger');
      expect(commandForKey(press('+', { ...mod, shiftKey: true }), false)).toBe('text-larger');
      expect(commandForKey(press('-', mod), false)).toBe('text-smaller');
      expect(commandForKey(press('0', mod), false)).toBe('text-reset');
      expect(commandForKey(press('C', { ...mod, shiftKey: true }), false)).toBe('copy-citation');
      expect(commandForKey(press('d', mod), false)).toBe('toggle-bookmark');
      expect(commandForKey(press('b', mod), false)).toBe('show-bookmarks');
      expect(commandForKey(press('f', mod), false)).toBe('find');
    }
  });

  it('leaves plain Ctrl/Cmd+C (copy) and plain typing alone', () => {
    expect(commandForKey(press('c', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(press('c', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('d'), false)).toBeNull();
    expect(commandForKey(press('ArrowLeft'), false)).toBeNull();
  });

  it('goes back and forward with Alt+arrows (and Cmd+[ ]), except in a text field where they move the caret', () => {
    expect(commandForKey(press('ArrowLeft', { altKey: true }), false)).toBe('go-back');
    expect(commandForKey(press('ArrowRight', { altKey: true }), false)).toBe('go-forward');
    expect(commandForKey(press('[', { metaKey: true }), false)).toBe('go-back');
    expect(commandForKey(press('ArrowLeft', { altKey: true }), true)).toBeNull();
    expect(commandForKey(press('b', { ctrlKey: true }), true)).toBeNull();
    // Text size and copy with citation work from a text field too.
    expect(commandForKey(press('=', { ctrlKey: true }), true)).toBe('text-larger');
  });
});
