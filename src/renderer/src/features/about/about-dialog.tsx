import { useEffect, useState, type ReactNode } from 'react';
import type { AboutInfo, DocumentSummary } from '../../../../shared/contract';
import { displayTitle, publishedHeading } from '../../../../shared/document-title';
import { shortFingerprint } from '../../../../shared/fingerprint';
import { ModalDialog } from '../../app/modal-dialog';
import { readerApi } from '../../reader-api';
import '../comfort/comfort.css';

/**
 * The About view: the app's version, the document open and the exact content it serves (its
 * fingerprint in the one short form printed everywhere, the full hash in Document info; build date),
 * in a native modal dialog inside the reader window (no second window to secure: same page, same
 * theme, same CSP). Escape, Close or a click beside it shuts it and gives the focus back.
 */
export function AboutDialog({
  document,
  onClose,
}: {
  /** The document open, named by its descriptive title; null when none is. */
  document: DocumentSummary | null;
  onClose: () => void;
}): ReactNode {
  const heading = document && publishedHeading(document);
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let shown = true;
    void readerApi()
      .getAbout()
      .then((result) => {
        if (!shown) return;
        if (result.ok) setAbout(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      shown = false;
    };
  }, []);
  return (
    <ModalDialog
      className="modal"
      labelledBy="about-title"
      initialFocus={(dialog) => dialog.querySelector('button')}
      closeOnBackdrop
      onClose={onClose}
    >
      <h2 id="about-title">About {about?.name ?? 'the reader'}</h2>
      {problem && <p role="alert">{problem}</p>}
      {about && (
        <dl>
          <dt>Version</dt>
          <dd>{about.version}</dd>
          {document && (
            <>
              <dt>Document</dt>
              <dd>
                <span lang={document.language}>{displayTitle(document)}</span>
                {heading && (
                  <>
                    {' '}
                    (published as “<span lang={document.language}>{heading}</span>”)
                  </>
                )}
              </dd>
            </>
          )}
          <dt>Content fingerprint</dt>
          <dd>
            <code>{shortFingerprint(about.stamp.contentHash)}</code>
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
        <button type="button" className="quiet-button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
