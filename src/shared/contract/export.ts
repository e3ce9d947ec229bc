/** What an export or a print job answers, and the limits of what it may ask. */

/** Paper sizes an export can be laid out for. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
/** Paper an export is laid out for. */
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Most sections one export request may name (the whole document is `all`, whatever its size). */
export const MAX_EXPORT_SECTIONS = 500;

/** A PDF that was saved. */
export interface SavedExport {
  /** Where main saved it (chosen by the reader in main's save dialog). */
  path: string;
  pageCount: number;
}

/** A document that was handed to the system's print dialog and printed. */
export interface PrintedExport {
  sectionCount: number;
}
