import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of the menu. */
export interface PartMenuItem {
  label: string;
  run: () => void;
}

interface PartMenuProps {
  /** Names the menu for screen readers, e.g. "Paragraph 3". */
  label: string;
  /** Where to open (viewport coordinates). */
  x: number;
  y: number;
  items: readonly PartMenuItem[];
  onClose: () => void;
}

/**
 * The context menu of a paragraph or list item (right click, the Menu key or Shift+F10): a WAI-ARIA
 * menu — arrows move, Enter runs, Escape or Tab closes and gives the focus back.
 */
export function PartMenu({ label, x, y, items, onClose }: PartMenuProps): ReactNode {
  const menu = useRef<HTMLUListElement>(null);
  const opener = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', closeOnOutside);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('mousedown', closeOnOutside);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const close = (): void => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus({ preventScroll: true });
  };
  const move = (event: KeyboardEvent<HTMLUListElement>): void => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const go = (index: number): void => {
      event.preventDefault();
      entries[(index + entries.length) % entries.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  };
  const left = Math.max(4, Math.min(x, window.innerWidth - 240));
  const top = Math.max(4, Math.min(y, window.innerHeight - 48 * items.length - 16));
  return (
    <ul ref={menu} role="menu" aria-label={label} className="context-menu" style={{ left, top }} onKeyDown={move}>
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              close();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
