/**
 * Quiet notices: a status leaves after a few seconds or at the reader's next action, and waits
 * while the reader is on its action (Undo); an alert stays until dismissed. Fake timers.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusLine } from '../../../../src/renderer/src/features/notices/status-line';
import { useAnnouncer, type Announcer } from '../../../../src/renderer/src/features/notices/use-announcer';
import { STATUS_MS, STATUS_WITH_ACTION_MS } from '../../../../src/renderer/src/features/notices/use-quiet-status';

let announcer: Announcer;

function Harness(): ReactNode {
  const current = useAnnouncer();
  useEffect(() => {
    announcer = current;
  });
  return (
    <>
      <button type="button">Elsewhere</button>
      <StatusLine announcement={current.announcement} onDismiss={current.dismiss} />
    </>
  );
}

const shown = () => document.querySelector('.status-text')?.textContent ?? '';
/** Runs `change` inside React's act (synchronously: the timers are fake). */
const run = (change: () => unknown): void => {
  void act(() => {
    change();
  });
};
/** Lets the status line start listening for the next action (it waits for the event that made the status to end). */
const settle = () => run(() => vi.advanceTimersByTime(1));

beforeEach(() => {
  vi.useFakeTimers();
  render(<Harness />);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a status', () => {
  it('leaves by itself after a few seconds', () => {
    run(() => announcer.announce('Bookmarked paragraph 3.'));
    expect(screen.getByRole('status').textContent).toBe('Bookmarked paragraph 3.');
    run(() => vi.advanceTimersByTime(STATUS_MS - 10));
    expect(shown()).toBe('Bookmarked paragraph 3.');
    run(() => vi.advanceTimersByTime(20));
    expect(shown()).toBe('');
    expect(screen.queryByRole('button', { name: 'Close message' })).toBeNull();
  });

  it('leaves at the reader’s next action: a click or a key elsewhere (not Tab)', () => {
    run(() => announcer.announce('Copied paragraph 2 with its citation.'));
    settle();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(shown()).toBe('Copied paragraph 2 with its citation.');
    fireEvent.mouseDown(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(shown()).toBe('');
    run(() => announcer.announce('Saved the note.'));
    settle();
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(shown()).toBe('');
  });

  it('with an action stays longer, and waits while the focus is on its action', () => {
    const undo = vi.fn();
    run(() => announcer.announce('Deleted the bookmark.', { label: 'Undo', run: undo, focus: true }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    run(() => vi.advanceTimersByTime(STATUS_WITH_ACTION_MS * 3));
    expect(shown()).toBe('Deleted the bookmark.');
    // A key pressed on the action itself is not "elsewhere".
    fireEvent.keyDown(screen.getByRole('button', { name: 'Undo' }), { key: 'Enter' });
    expect(shown()).toBe('Deleted the bookmark.');
    run(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    run(() => vi.advanceTimersByTime(STATUS_WITH_ACTION_MS - 10));
    expect(shown()).toBe('Deleted the bookmark.');
    run(() => vi.advanceTimersByTime(20));
    expect(shown()).toBe('');
    expect(undo).not.toHaveBeenCalled();
  });
});

describe('an alert', () => {
  it('stays, whatever the time and the reader does, until dismissed', () => {
    run(() => announcer.alert('The bookmarks could not be saved.'));
    settle();
    expect(screen.getByRole('alert').textContent).toBe('The bookmarks could not be saved.');
    run(() => vi.advanceTimersByTime(STATUS_WITH_ACTION_MS * 10));
    fireEvent.mouseDown(screen.getByRole('button', { name: 'Elsewhere' }));
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(screen.getByRole('alert').textContent).toBe('The bookmarks could not be saved.');
    fireEvent.click(screen.getByRole('button', { name: 'Close message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
