/**
 * What belongs to the reader's own use: display settings, bookmarks with notes, and the citation
 * put on the clipboard.
 */

/** Every theme choice, in menu order; `system` follows the operating system. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
/** The colour theme the reader chose. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Text size steps (a factor on the reading text), smallest to largest; 1 is the default. */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.8, 2] as const;

/** The reader's display preferences. */
export interface ReaderSettings {
  theme: ThemeChoice;
  /** One of TEXT_SCALES. */
  textScale: number;
}

/** The settings of a first start (and after a damaged settings file was set aside). */
export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({ theme: 'system', textScale: 1 });

/** Longest bookmark note, in characters (keeps every request well under the payload cap). */
export const MAX_NOTE_LENGTH = 4000;

/** A saved bookmark. */
export interface Bookmark {
  id: string;
  documentId: string;
  sectionId: string;
  paragraphId: string;
  note: string;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
}

/** Where a bookmark's paragraph is in the document, as the panel shows it. */
export interface BookmarkPlace {
  /** The document's one-line name (its descriptive title when it has one: src/shared/document-title.ts). */
  documentTitle: string;
  sectionNumber: number;
  sectionTitle: string;
  paragraphNumber: number;
  /** The paragraph's opening words. */
  excerpt: string;
}

/** A bookmark with its place (null when the paragraph is no longer in the document: the note is kept). */
export interface BookmarkEntry {
  bookmark: Bookmark;
  place: BookmarkPlace | null;
}

/** The answer to an export of the bookmarks: saved (with the file's name) or cancelled by the reader. */
export type ExportOutcome = { saved: true; fileName: string; count: number } | { saved: false };

/** What is put on the clipboard: plain text, and the same as HTML when there is markup to keep. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

/**
 * Longest plain text the page may ask main to copy from its context menu: in any script it stays
 * under the IPC payload cap (16 KiB). Ctrl/Cmd+C (the Edit menu's own Copy) has no such limit.
 */
export const MAX_COPY_LENGTH = 5000;

/** A quotation with its citation, as put on the clipboard. */
export interface Citation {
  /** Plain text: the quoted words, then the citation line. */
  text: string;
  /** The same as HTML (its text content equals `text`, line breaks aside). */
  html: string;
}
