/** Errors as values: what every IPC call resolves to, so nothing throws across the bridge. */

/** The kinds of failure a caller can tell apart. */
export type ReaderErrorCode =
  | 'invalid-request'
  | 'payload-too-large'
  | 'not-found'
  | 'bad-query'
  | 'forbidden'
  | 'unknown-channel'
  | 'internal'
  /** The reader closed a save or print dialog without going on: nothing was written. */
  | 'cancelled'
  /** The chosen folder or file cannot be written (permissions, read-only disk, missing folder). */
  | 'unwritable'
  /** The disk (or the reader's quota) has no room for the file. */
  | 'disk-full'
  /** The document could not be laid out, rendered or printed. */
  | 'export-failed'
  /** This build of the reader cannot do that (e.g. printing from the command line). */
  | 'unavailable'
  /** Reading or writing the reader's own files failed. */
  | 'io-failed'
  /** A limit that keeps the reader responsive and its files readable was reached (bookmarks, note size). */
  | 'limit-reached'
  /** Other work of the same kind fills the queue (exports waiting to render): try again when it is done. */
  | 'busy'
  /** A newer request of the same kind (the next keystroke's search) replaced this one before it was answered. */
  | 'superseded';

/** A failure the renderer can show as is: `message` is written for a reader. */
export interface ReaderError {
  code: ReaderErrorCode;
  message: string;
}

/** Either a value or a typed error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ReaderError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed result. */
export function fail<T = never>(code: ReaderErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
