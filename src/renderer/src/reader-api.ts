import type { ReaderApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or by a test transport): the only way the renderer reaches main. */
    reader?: ReaderApi;
  }
}

/** The bridge to main. Throws a clear error when the page runs without its preload. */
export function readerApi(): ReaderApi {
  if (!window.reader)
    throw new Error('The reader bridge is missing: this page must be opened by the Offline Reference Reader app.');
  return window.reader;
}
