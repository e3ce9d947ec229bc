import { useEffect, useRef, type ReactNode } from 'react';
import type { Announcement } from './use-announcer';
import './notices.css';

/** The status line at the bottom of the window: what just happened, read out by screen readers, with its action. */
export function StatusLine({
  announcement,
  onDismiss,
}: {
  announcement: Announcement | null;
  onDismiss: () => void;
}): ReactNode {
  const actionButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (announcement?.action?.focus) actionButton.current?.focus();
  }, [announcement]);
  return (
    <div className={announcement ? 'status-line open' : 'status-line'}>
      <p role="status" className="status-text">
        {announcement?.text ?? ''}
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
