/**
 * One export renders at a time: each rendering opens a hidden print window (or the system print
 * dialog), so a burst of requests would open as many windows at once. Later requests wait their
 * turn; beyond a few waiting, a request is refused at once rather than queued for minutes.
 */

/** Runs tasks one after the other; `run` answers null when too many are already waiting. */
export class RenderQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting: number) {}

  /** Number of tasks queued or running. */
  get size(): number {
    return this.waiting;
  }

  /** Runs `task` after every task queued before it; null (nothing run) when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T> | null {
    if (this.waiting > this.maxWaiting) return null;
    this.waiting++;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }
}
