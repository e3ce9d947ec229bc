import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { AboutInfo } from '../../../../shared/contract';
import { readerApi } from '../../reader-api';
import '../comfort/comfort.css';

/**
 * The About view: the app's version and the exact content it serves (document hash, build date),
 * in a modal dialog inside the reader window (no second window to secure: same page, same
 * theme, same CSP). Escape or Close shuts it and gives the focus back.
 */
export function AboutDialog({ onClose }: { onClose: () => void }): ReactNode {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    closeButton.current?.focus();
    void readerApi()
      .getAbout()
      .then((result) => (result.ok ? setAbout(result.value) : setProblem(result.error.message)));
    return () => {
      if (opener instanceof HTMLElement) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="about-title"
        className="modal"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
          // The only focusable control is Close: Tab stays on it.
          if (event.key === 'Tab') {
            event.preventDefault();
            closeButton.current?.focus();
          }
        }}
      >
        <h2 id="about-title">About {about?.name ?? 'the reader'}</h2>
        {problem && <p role="alert">{problem}</p>}
        {about && (
          <dl>
            <dt>Version</dt>
            <dd>{about.version}</dd>
            <dt>Document content</dt>
            <dd>
              <code title={about.stamp.contentHash}>{about.stamp.contentHash.slice(0, 16)}</code>
            </dd>
            <dt>Built</dt>
            <dd>
              <time dateTime={about.stamp.builtAt}>{formatDate(about.stamp.builtAt)}</time>
            </dd>
            <dt>Search index</dt>
            <dd>
              Lunr {about.stamp.lunrVersion}, format {about.stamp.schema}
            </dd>
            <dt>Your data</dt>
            <dd>{about.userDataDir}</dd>
          </dl>
        )}
        <p>The reader works offline and makes no network request of any kind.</p>
        <div className="modal-buttons">
          <button ref={closeButton} type="button" className="quiet-button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
