import { useEffect, useRef, useState, type ReactNode } from 'react';
import './security.css';

/** True when `href` stays inside the app (same origin as the page, e.g. `app://reader`). */
function isOwnAddress(href: string): boolean {
  try {
    return new URL(href, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

/**
 * The rule for links to the web: they are shown, never followed. A click (or middle-click) on a link
 * that leaves the app is cancelled and the address is shown in a notice, selectable, so the reader
 * can open it on a connected device. The app itself never opens a browser (main has no
 * `shell.openExternal`); main also denies such navigation, should a link get past this guard.
 */
export function ExternalLinkGuard(): ReactNode {
  const [address, setAddress] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const intercept = (event: MouseEvent): void => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || isOwnAddress(link.href)) return;
      event.preventDefault();
      returnFocusTo.current = link;
      setAddress(link.href);
    };
    document.addEventListener('click', intercept, true);
    document.addEventListener('auxclick', intercept, true);
    return () => {
      document.removeEventListener('click', intercept, true);
      document.removeEventListener('auxclick', intercept, true);
    };
  }, []);

  useEffect(() => {
    if (address) closeButton.current?.focus();
  }, [address]);

  if (!address) return null;
  const close = (): void => {
    setAddress(null);
    returnFocusTo.current?.focus();
  };
  return (
    <div
      className="link-notice"
      role="dialog"
      aria-labelledby="link-notice-title"
      aria-describedby="link-notice-text"
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <h2 id="link-notice-title">This link leads to the web</h2>
      <p id="link-notice-text">
        The reader works offline and does not open web pages. The address, to open elsewhere if you need it:
      </p>
      <p className="link-notice-address">
        <code>{address}</code>
      </p>
      <button type="button" ref={closeButton} onClick={close}>
        Close
      </button>
    </div>
  );
}
