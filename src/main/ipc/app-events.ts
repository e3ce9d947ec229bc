/**
 * The one way main speaks first to the reader window, without exposing events or callbacks through
 * the preload: the window asks `app:next-event` (an ordinary request of the contract) and main
 * answers when there is something to say — a menu command or a notice to show once. A long poll,
 * not a timer: nothing runs while nothing happens. A newer request supersedes an older one (a
 * reloaded page asks again; the old request is answered `null`).
 */
import type { AppCommand, AppEvent } from '../../shared/contract';

/** Events kept while the window is not listening (e.g. while it loads). */
const MAX_QUEUED = 50;

/** Queue of events for the reader window. */
export class AppEventQueue {
  private readonly queued: AppEvent[] = [];
  private waiter: ((event: AppEvent | null) => void) | null = null;

  /** Hands an event to the waiting request, or keeps it for the next one. */
  post(event: AppEvent): void {
    if (
      event.kind === 'notice' &&
      this.queued.some((queued) => queued.kind === 'notice' && queued.message === event.message)
    )
      return;
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      waiter(event);
      return;
    }
    this.queued.push(event);
    // Too many while nobody listens: drop the oldest command (a stale click), never a notice.
    const oldestCommand =
      this.queued.length > MAX_QUEUED ? this.queued.findIndex((queued) => queued.kind === 'command') : -1;
    if (oldestCommand >= 0) this.queued.splice(oldestCommand, 1);
  }

  /** Sends a menu command to the window. */
  command(command: AppCommand): void {
    this.post({ kind: 'command', command });
  }

  /** Tells the reader something once. */
  readonly tell = (message: string): void => this.post({ kind: 'notice', message });

  /** The next event: at once if one is queued, else when one is posted (an older waiting request gets null). */
  next(): Promise<AppEvent | null> {
    const event = this.queued.shift();
    if (event) return Promise.resolve(event);
    this.waiter?.(null);
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}
