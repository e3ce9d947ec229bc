import { useCallback, useRef, useState } from 'react';

/** A short message for the status line, with an optional action (e.g. Undo). */
export interface Announcement {
  id: number;
  text: string;
  /** `status`: what just happened, which leaves by itself; `alert`: a problem, which stays until dismissed. */
  kind: 'status' | 'alert';
  /** `focus`: move the keyboard focus to the action (when the control the reader used has just gone). */
  action: { label: string; run: () => void; focus?: boolean } | null;
}

/** The current announcement and ways to make one. */
export interface Announcer {
  announcement: Announcement | null;
  /** Tells what just happened (a status: it leaves after a few seconds, or at the reader's next action). */
  announce: (text: string, action?: Announcement['action']) => void;
  /** Tells of a problem (an alert: it stays until the reader dismisses it). */
  alert: (text: string) => void;
  dismiss: () => void;
}

/** Keeps the latest announcement (a newer one replaces it; each gets a fresh id so it is read again). */
export function useAnnouncer(): Announcer {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const counter = useRef(0);
  const show = useCallback((text: string, kind: Announcement['kind'], action: Announcement['action']) => {
    counter.current += 1;
    setAnnouncement({ id: counter.current, text, kind, action });
  }, []);
  const announce = useCallback(
    (text: string, action: Announcement['action'] = null) => show(text, 'status', action),
    [show],
  );
  const alert = useCallback((text: string) => show(text, 'alert', null), [show]);
  const dismiss = useCallback(() => setAnnouncement(null), []);
  return { announcement, announce, alert, dismiss };
}
