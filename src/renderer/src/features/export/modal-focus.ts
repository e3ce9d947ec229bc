import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The elements Tab visits inside `root`, in order (a radio group is one stop: its checked radio). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const checkedGroups = new Set(
    Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'), (radio) => radio.name),
  );
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      !(
        element instanceof HTMLInputElement &&
        element.type === 'radio' &&
        !element.checked &&
        checkedGroups.has(element.name)
      ),
  );
}

/**
 * Modal behaviour for a dialog rendered as a direct child of <body>: everything else on the page
 * becomes inert while it is open, focus moves into it, Tab cycles inside it, and when it closes
 * focus returns to whatever had it before (the button or shortcut that opened it).
 */
export function useModalFocus(dialogRef: RefObject<HTMLElement | null>, initialFocus: () => HTMLElement | null): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const host = dialog.closest('body > *');
    const madeInert: Element[] = [];
    for (const element of Array.from(document.body.children)) {
      if (element !== host && !element.hasAttribute('inert')) {
        element.setAttribute('inert', '');
        madeInert.push(element);
      }
    }
    (initialFocus() ?? dialog).focus();
    const trapTab = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return;
      const focusable = tabStops(dialog);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('keydown', trapTab);
    return () => {
      dialog.removeEventListener('keydown', trapTab);
      for (const element of madeInert) element.removeAttribute('inert');
      if (opener?.isConnected) opener.focus();
    };
    // Runs once per opening: the dialog element lives as long as the modal.
  }, []);
}
