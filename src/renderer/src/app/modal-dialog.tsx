import { useEffect, useEffectEvent, useRef, type MouseEvent, type ReactNode, type KeyboardEvent } from 'react';

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

interface ModalDialogProps {
  className: string;
  /** Id of the dialog's title (and of its description, if any). */
  labelledBy: string;
  describedBy?: string;
  /** While busy, Escape does not close the dialog and assistive technology is told to wait. */
  busy?: boolean;
  /** The element to focus when the dialog opens (default: the browser's choice, the first focusable one). */
  initialFocus?: (dialog: HTMLDialogElement) => HTMLElement | null;
  /** A click outside the dialog (on its backdrop) closes it too. */
  closeOnBackdrop?: boolean;
  /** The reader asked to close it (Escape, or the backdrop). */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the platform's own `<dialog>`, opened with `showModal()` for as long as it is
 * mounted: the browser puts it in the top layer and makes the rest of the page inert. Around that:
 * focus starts where the caller says, Tab cycles inside (there is no browser chrome to Tab out to
 * in the app), Escape closes (unless busy) through `onClose` so the caller's state stays the truth,
 * and when it closes focus returns to whatever had it before (the button or shortcut that opened it).
 */
export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  busy = false,
  initialFocus,
  closeOnBackdrop = false,
  onClose,
  children,
}: ModalDialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const focusFirst = useEffectEvent((dialog: HTMLDialogElement) => (initialFocus?.(dialog) ?? dialog).focus());
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    focusFirst(dialog);
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const requestClose = (): void => {
    if (!busy) onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      requestClose();
    } else if (event.key === 'Tab') {
      const stops = tabStops(event.currentTarget);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  const onMouseDown = (event: MouseEvent<HTMLDialogElement>): void => {
    if (!closeOnBackdrop || event.target !== event.currentTarget) return;
    // A click on the backdrop reaches the dialog element itself, outside its box.
    const box = event.currentTarget.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) requestClose();
  };
  return (
    <dialog
      ref={ref}
      className={className}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      // Any other close request (the browser's own): the caller decides, so the dialog never closes behind its back.
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      onMouseDown={onMouseDown}
    >
      {children}
    </dialog>
  );
}
