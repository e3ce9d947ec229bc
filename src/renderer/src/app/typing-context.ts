import type { TypingContext } from '../../../shared/commands';

/** Input types that take no typing: shortcuts work on them as anywhere else. */
const NOT_TYPED = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'];

/** What kind of text field has the focus, if any. */
export function typingContext(element: Element | null): TypingContext {
  if (element instanceof HTMLTextAreaElement || (element instanceof HTMLElement && element.isContentEditable))
    return 'multi-line';
  if (element instanceof HTMLInputElement && !NOT_TYPED.includes(element.type)) return 'single-line';
  return 'none';
}
