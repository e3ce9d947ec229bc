import { useCallback, useRef, useState } from 'react';

/** A short message for the status line, with an optional action (e.g. Undo). */
export interface Announcement {
  id: number;
  text: string;
  /** `focus`: move the keyboard focus to the action (when the control the reader used has just gone). */
  action: { label: string; run: () => void; focus?: boolean } | null;
}

/** The current announcement and a way to make one. */
export interface Announcer {
  announcement: Announcement | null;
  announce: (text: string, action?: Announcement['action']) => void;
  dismiss: () => void;
}

/** Keeps the latest announcement (a newer one replaces it; each gets a fresh id so it is read again). */
export function useAnnouncer(): Announcer {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const counter = useRef(0);
  const announce = useCallback((text: string, action: Announcement['action'] = null) => {
    counter.current += 1;
    setAnnouncement({ id: counter.current, text, action });
  }, []);
  const dismiss = useCallback(() => setAnnouncement(null), []);
  return { announcement, announce, dismiss };
}
