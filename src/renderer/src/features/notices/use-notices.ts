import { useCallback, useState } from 'react';

/** Notices from main, each shown once until the reader dismisses it. */
export interface Notices {
  notices: string[];
  add: (message: string) => void;
  dismiss: (message: string) => void;
}

/** Keeps main's notices (a repeated message is shown once). */
export function useNotices(): Notices {
  const [notices, setNotices] = useState<string[]>([]);
  const add = useCallback(
    (message: string) => setNotices((current) => (current.includes(message) ? current : [...current, message])),
    [],
  );
  const dismiss = useCallback(
    (message: string) => setNotices((current) => current.filter((candidate) => candidate !== message)),
    [],
  );
  return { notices, add, dismiss };
}
