import { useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { displayTitle, publishedHeading } from '../../../../shared/document-title';
import { shortFingerprint } from '../../../../shared/fingerprint';
import { languageName } from '../../../../shared/language-script';
import { ModalDialog } from '../../app/modal-dialog';
import { readerApi } from '../../reader-api';
import '../comfort/comfort.css';
import './document-info.css';

interface DocumentInfoDialogProps {
  document: DocumentSummary;
  /**
   * sha256 (hex) of the content as opened: the hash whose short form every PDF footer and bookmark
   * export prints, so a printout can be matched with the screen; null until main has said it.
   */
  contentHash: string | null;
  onClose: () => void;
}

/**
 * Document info: what the open document is (its descriptive title and the heading it was published
 * under), who issued it, its language, where the text comes from, the file it was built from, and
 * its fingerprint in the one short form the reader prints everywhere, with the full hash on demand
 * (selectable, and copied by a button). A modal dialog like About: Escape, Close or a click beside
 * it shuts it and gives the focus back.
 */
export function DocumentInfoDialog({ document, contentHash, onClose }: DocumentInfoDialogProps): ReactNode {
  const [fullShown, setFullShown] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const heading = publishedHeading(document);
  const copyFull = (hash: string): void => {
    void readerApi()
      .copyText({ text: hash })
      .then((result) => setCopyStatus(result.ok ? 'Full fingerprint copied.' : result.error.message));
  };
  return (
    <ModalDialog
      className="modal document-info"
      labelledBy="document-info-title"
      initialFocus={(dialog) => dialog.querySelector('.modal-buttons button')}
      closeOnBackdrop
      onClose={onClose}
    >
      <h2 id="document-info-title">Document info</h2>
      <dl>
        <dt>Title</dt>
        <dd lang={document.language}>{displayTitle(document)}</dd>
        {heading !== null && (
          <>
            <dt>Published as</dt>
            <dd>
              <span lang={document.language}>“{heading}”</span>
              <span className="document-info-note">
                {' '}
                (the heading as published; the title above is a descriptive one, in the editors’ words)
              </span>
            </dd>
          </>
        )}
        <dt>Issuer</dt>
        <dd lang={document.language}>{document.issuer}</dd>
        <dt>Language</dt>
        <dd>
          {languageName(document.language)} (<code>{document.language}</code>)
        </dd>
        <dt>Provenance</dt>
        <dd>{document.provenance}</dd>
        <dt>Source</dt>
        <dd>
          {document.sourceFile === null ? (
            'Not recorded in this build of the library.'
          ) : (
            <code>resources/documents/{document.sourceFile}</code>
          )}
        </dd>
        <dt>Document id</dt>
        <dd>
          <code>{document.id}</code>
        </dd>
        <dt>Fingerprint</dt>
        <dd>
          {contentHash === null ? (
            'Not known yet.'
          ) : (
            <>
              <code className="fingerprint">{shortFingerprint(contentHash)}</code>
              <span className="document-info-note">
                {' '}
                (first 12 hex digits of the content’s SHA-256, as printed in every PDF footer)
              </span>
              <span className="fingerprint-actions">
                <button
                  type="button"
                  className="quiet-button"
                  aria-expanded={fullShown}
                  aria-controls="full-fingerprint"
                  onClick={() => setFullShown((shown) => !shown)}
                >
                  {fullShown ? 'Hide full fingerprint' : 'Show full fingerprint'}
                </button>
                {fullShown && (
                  <button type="button" className="quiet-button" onClick={() => copyFull(contentHash)}>
                    Copy
                  </button>
                )}
              </span>
              <code id="full-fingerprint" className="full-fingerprint" hidden={!fullShown}>
                {contentHash}
              </code>
              <span className="document-info-note" role="status">
                {copyStatus}
              </span>
            </>
          )}
        </dd>
      </dl>
      <div className="modal-buttons">
        <button type="button" className="quiet-button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
