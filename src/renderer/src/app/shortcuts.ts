/**
 * The reader's keyboard shortcuts, as one pure table: a key press → the command it gives. The same
 * commands come from the application menu (src/main/menu-template.ts shows the same keys).
 */
import type { AppCommand } from '../../../shared/contract';

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The command for a key press, or null. `inTextField`: the focus is in an editable field, where
 * Alt/Option+arrows move the caret and Ctrl/Cmd+B, D or F keep their text meaning.
 */
export function commandForKey(press: KeyPress, inTextField: boolean): AppCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.altKey && !mod && !press.shiftKey) {
    if (inTextField) return null;
    if (key === 'ArrowLeft') return 'go-back';
    if (key === 'ArrowRight') return 'go-forward';
    return null;
  }
  if (!mod || press.altKey) return null;
  if (press.shiftKey) {
    if (key === 'c') return 'copy-citation';
    if (key === 'e') return 'export-bookmarks';
    if (key === '+') return 'text-larger';
    return null;
  }
  switch (key) {
    case '=':
    case '+':
      return 'text-larger';
    case '-':
      return 'text-smaller';
    case '0':
      return 'text-reset';
    case '[':
      return press.metaKey && !inTextField ? 'go-back' : null;
    case ']':
      return press.metaKey && !inTextField ? 'go-forward' : null;
    case 'd':
      return inTextField ? null : 'toggle-bookmark';
    case 'b':
      return inTextField ? null : 'show-bookmarks';
    case 'f':
      return 'find';
    default:
      return null;
  }
}

/** True when the element takes typed text (so Alt+arrows and a few letters keep their text meaning). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}
