import type { ReactNode } from 'react';
import type { AppStatus } from '../../../../shared/contract';
import { shortFingerprint } from '../../../../shared/fingerprint';
import './security.css';

/**
 * What main says about the content, above the reading pane: a tamper alert when the corpus no longer
 * matches its content hash (role=alert, its own title, never mixed with routine notices), then the
 * other warnings (e.g. the index was rebuilt) as a polite status banner.
 */
export function StatusNotices({ status }: { status: AppStatus }): ReactNode {
  const { integrity } = status;
  const routine = status.warnings.filter((warning) => warning !== integrity.warning);
  return (
    <>
      {!integrity.verified && (
        <div className="integrity-alert" role="alert" aria-labelledby="integrity-alert-title">
          <h2 id="integrity-alert-title">This document may have been altered</h2>
          <p>{integrity.warning}</p>
          <p>
            Do not rely on the text shown here until it has been checked against the original. Fingerprint recorded at
            build: <code>{shortFingerprint(integrity.expectedHash)}</code>; fingerprint of the text as opened:{' '}
            <code>{shortFingerprint(integrity.actualHash)}</code> (the full hash is in Document info).
          </p>
        </div>
      )}
      {routine.length > 0 && (
        <div className="banner" role="status">
          {routine.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      )}
    </>
  );
}
