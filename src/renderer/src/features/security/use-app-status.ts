import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../../shared/contract';
import { readerApi } from '../../reader-api';

/**
 * What main says about the content it serves (null until it answers). Asked at startup, and again
 * when another document is shown or a search answers: each document's text is checked when it is
 * first read, so an altered one can turn the status to altered after startup.
 */
export function useAppStatus(documentId: string | null, searchAnswer: unknown): AppStatus | null {
  const [status, setStatus] = useState<AppStatus | null>(null);
  useEffect(() => {
    let current = true;
    void readerApi()
      .getStatus()
      .then((result) => {
        // A fresh object: a status that changed since the last answer always renders.
        if (current && result.ok) setStatus({ ...result.value });
      });
    return () => {
      current = false;
    };
  }, [documentId, searchAnswer]);
  return status;
}
