import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../../shared/contract';
import { readerApi } from '../../reader-api';

/** What main says about the content it serves (asked once at startup; null until it answers). */
export function useAppStatus(): AppStatus | null {
  const [status, setStatus] = useState<AppStatus | null>(null);
  useEffect(() => {
    let current = true;
    void readerApi()
      .getStatus()
      .then((result) => {
        if (current && result.ok) setStatus(result.value);
      });
    return () => {
      current = false;
    };
  }, []);
  return status;
}
