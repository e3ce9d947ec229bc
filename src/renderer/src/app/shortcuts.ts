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

/** Where the focus is: in no text field, in a one-line field (search), or in a multi-line one (a note). */
export type TypingContext = 'none' | 'single-line' | 'multi-line';

/**
 * The command for a key press, or null. In a text field Alt/Option+arrows (and Cmd+[ ]) move the
 * caret; while writing a note, Ctrl/Cmd+B and D are left alone too (they would act on a paragraph
 * the reader is not looking at).
 */
export function commandForKey(press: KeyPress, typing: TypingContext): AppCommand | null {
  const inTextField = typing !== 'none';
  const writing = typing === 'multi-line';
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
      return writing ? null : 'toggle-bookmark';
    case 'b':
      return writing ? null : 'show-bookmarks';
    case 'f':
      return 'find';
    default:
      return null;
  }
}

/** What kind of text field has the focus, if any. */
export function typingContext(element: Element | null): TypingContext {
  if (element instanceof HTMLTextAreaElement || (element instanceof HTMLElement && element.isContentEditable))
    return 'multi-line';
  if (
    element instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type)
  )
    return 'single-line';
  return 'none';
}
