import { useEffect, useRef, type ReactNode } from 'react';
import type { Announcement } from './use-announcer';
import { useQuietStatus } from './use-quiet-status';
import './notices.css';

/**
 * The status line at the bottom of the window: what just happened (read out by screen readers),
 * with its action. A status leaves by itself (use-quiet-status); an alert stays until dismissed.
 */
export function StatusLine({
  announcement,
  onDismiss,
}: {
  announcement: Announcement | null;
  onDismiss: () => void;
}): ReactNode {
  const line = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  useQuietStatus(announcement?.kind === 'status' ? announcement : null, line, onDismiss);
  useEffect(() => {
    if (announcement?.action?.focus) actionButton.current?.focus();
  }, [announcement]);
  const alert = announcement?.kind === 'alert';
  return (
    <div ref={line} className={['status-line', announcement && 'open', alert && 'alert'].filter(Boolean).join(' ')}>
      {/* An alert is read out as it appears; the status region stays mounted, so each status put in it is read out. */}
      {alert && (
        <p role="alert" className="status-text alert-text">
          {announcement.text}
        </p>
      )}
      <p role="status" className={alert ? 'visually-hidden' : 'status-text'}>
        {announcement && !alert ? announcement.text : ''}
      </p>
      {announcement?.action && (
        <button
          ref={actionButton}
          type="button"
          onClick={() => {
            announcement.action?.run();
            onDismiss();
          }}
        >
          {announcement.action.label}
        </button>
      )}
      {announcement && (
        <button type="button" className="status-close" aria-label="Close message" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}

/** Notices from main (e.g. a data file that could not be read): shown until the reader dismisses them. */
export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: readonly string[];
  onDismiss: (notice: string) => void;
}): ReactNode {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice} className="notice" role="alert">
          <p>{notice}</p>
          <button type="button" onClick={() => onDismiss(notice)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
