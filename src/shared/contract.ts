/**
 * The IPC contract: the one place that names every channel, its request and its response.
 * Main, preload, renderer and tests all derive their types from this file.
 */
import type { ContentStamp, Section } from './corpus-types';
import type { Result } from './result';

/** A document as listed in the library. */
export interface DocumentSummary {
  id: string;
  title: string;
  issuer: string;
  language: string;
  provenance: string;
  sectionCount: number;
}

/** One line of a table of contents. */
export interface TocEntry {
  id: string;
  number: number;
  title: string;
  editorialTitle: boolean;
  paragraphCount: number;
}

/** A document's table of contents. */
export interface TableOfContents {
  document: DocumentSummary;
  sections: TocEntry[];
}

/** Addresses one section of one document. */
export interface SectionRef {
  documentId: string;
  sectionId: string;
}

/** A section with the document it belongs to, ready to display. */
export interface SectionView {
  document: DocumentSummary;
  section: Section;
  /** Neighbours in document order, for previous/next navigation. */
  previousSectionId: string | null;
  nextSectionId: string | null;
}

/** A character range `[start, end)` inside a text. */
export type TextRange = [number, number];

/** Where the words of a query were found inside one paragraph or list item. */
export interface HitHighlight {
  /** Id of the paragraph (`p3`) or list item (`p3-i2`) within the section. */
  partId: string;
  ranges: TextRange[];
}

/** One search result: a paragraph, with a snippet and where the words matched. */
export interface SearchHit {
  documentId: string;
  /** BCP 47 tag of the document's language (for labels, `lang` and `dir`). */
  language: string;
  sectionId: string;
  sectionTitle: string;
  paragraphId: string;
  paragraphNumber: number;
  score: number;
  /** A short excerpt around the first match, verbatim apart from leading/trailing ellipses. */
  snippet: string;
  /** Matched ranges inside `snippet`. */
  snippetRanges: TextRange[];
  /** Matched ranges in the full paragraph and its list items, for highlighting in the reading pane. */
  highlights: HitHighlight[];
  /** Matched ranges in `sectionTitle` (for `title:` searches). */
  sectionTitleRanges: TextRange[];
}

/** A search request. */
export interface SearchRequest {
  query: string;
  /** Maximum number of hits to return (default 50). */
  limit?: number;
  /** Search only this document (default: every document). */
  documentId?: string;
  /** Search only the documents in this language: a BCP 47 tag or its prefix (`zh` takes `zh-Hant`). */
  language?: string;
}

/** A search answer: hits best first, plus what the reader should be told about the query. */
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Number of matching paragraphs before `limit` was applied. */
  total: number;
  /** A plain-language remark (e.g. "No passage holds all the words"), or null. */
  notice: string | null;
}

/** The tamper check of the corpus: its documents hashed again at startup and compared with the stamp. */
export interface ContentIntegrity {
  /** True when the documents hash to the `contentHash` recorded in their stamp at build time. */
  verified: boolean;
  /** sha256 (hex) recorded in the stamp. */
  expectedHash: string;
  /** sha256 (hex) of the documents as loaded. */
  actualHash: string;
  /** The warning that tells the reader (also one of `AppStatus.warnings`), or null when verified. */
  warning: string | null;
}

/** Asks where a query matches inside one section: every hit, for the reading pane. */
export interface SectionHighlightsRequest {
  query: string;
  documentId: string;
  sectionId: string;
}

/**
 * Every hit of a query inside one section, in reading order: the same passages and words the
 * search itself matched (not only those among its first `limit` hits).
 */
export interface SectionHighlights {
  query: string;
  documentId: string;
  sectionId: string;
  /** Matched ranges in the section's title. */
  titleRanges: TextRange[];
  /** Matched ranges per paragraph or list item, in reading order; parts without a hit are left out. */
  parts: HitHighlight[];
}

/** What main knows about the content it serves. */
export interface AppStatus {
  stamp: ContentStamp;
  /** Things the reader should know (e.g. the index was rebuilt in memory). */
  warnings: string[];
  /** Whether the corpus still matches its content hash (shown to the reader, and in the About window). */
  integrity: ContentIntegrity;
}

/** What the About view shows: the app and the exact content it serves. */
export interface AboutInfo {
  name: string;
  version: string;
  stamp: ContentStamp;
  /** The folder that holds settings, reading position and bookmarks. */
  userDataDir: string;
}

/** The colour theme the reader chose; `system` follows the operating system. */
export type ThemeChoice = 'light' | 'dark' | 'system';
/** Every theme choice, in menu order. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const satisfies readonly ThemeChoice[];

/** Text size steps (a factor on the reading text), smallest to largest; 1 is the default. */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.8, 2] as const;

/** The reader's display preferences. */
export interface ReaderSettings {
  theme: ThemeChoice;
  /** One of TEXT_SCALES. */
  textScale: number;
}

/** A change to the settings: only the fields given change. */
export type SettingsChange = Partial<ReaderSettings>;

/** Where the reader is: a section, and the paragraph in view (if any). */
export interface ReadingPosition {
  documentId: string;
  sectionId: string;
  paragraphId: string | null;
}

/** Addresses a paragraph (`p3`) or a list item (`p3-i2`) of a section. */
export interface PartRef {
  documentId: string;
  sectionId: string;
  partId: string;
}

/** A quotation with its citation, as put on the clipboard. */
export interface Citation {
  /** Plain text: the quoted words, then the citation line. */
  text: string;
  /** The same as HTML (its text content equals `text`, line breaks aside). */
  html: string;
}

/** The paragraph a bookmark points at, with an optional note. */
export interface BookmarkTarget {
  documentId: string;
  sectionId: string;
  paragraphId: string;
  note?: string;
}

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

/** The answer to an export: saved (with the file's name) or cancelled by the reader. */
export type ExportOutcome = { saved: true; fileName: string; count: number } | { saved: false };

/** Commands the application menu (or a shortcut) can give the reader window. */
export const APP_COMMANDS = [
  'go-back',
  'go-forward',
  'find',
  'copy-citation',
  'toggle-bookmark',
  'show-bookmarks',
  'export-bookmarks',
  'text-larger',
  'text-smaller',
  'text-reset',
  'theme-system',
  'theme-light',
  'theme-dark',
  'show-about',
] as const;

/** One command, e.g. `copy-citation`. */
export type AppCommand = (typeof APP_COMMANDS)[number];

/** What main tells the reader window: a command (from the menu) or a notice to show once. */
export type AppEvent = { kind: 'command'; command: AppCommand } | { kind: 'notice'; message: string };

/** Every channel with its request and response types. */
export interface ReaderChannels {
  'corpus:documents': { request: void; response: DocumentSummary[] };
  'corpus:toc': { request: { documentId: string }; response: TableOfContents };
  'corpus:section': { request: SectionRef; response: SectionView };
  'search:query': { request: SearchRequest; response: SearchResponse };
  'app:status': { request: void; response: AppStatus };
  'search:highlights': { request: SectionHighlightsRequest; response: SectionHighlights };
  'export:pdf': { request: ExportRequest; response: SavedExport };
  'export:print': { request: ExportRequest; response: PrintedExport };
  'app:about': { request: void; response: AboutInfo };
  'app:next-event': { request: void; response: AppEvent | null };
  'settings:get': { request: void; response: ReaderSettings };
  'settings:update': { request: SettingsChange; response: ReaderSettings };
  'reading:position': { request: void; response: ReadingPosition | null };
  'reading:save-position': { request: ReadingPosition; response: null };
  'citation:copy': { request: PartRef; response: Citation };
  'bookmarks:list': { request: void; response: BookmarkEntry[] };
  'bookmarks:add': { request: BookmarkTarget; response: BookmarkEntry };
  'bookmarks:set-note': { request: { id: string; note: string }; response: BookmarkEntry };
  'bookmarks:remove': { request: { id: string }; response: null };
  'bookmarks:restore': { request: { id: string }; response: BookmarkEntry };
  'bookmarks:export': { request: void; response: ExportOutcome };
}

/** A channel name, e.g. `search:query`. */
export type Channel = keyof ReaderChannels;
/** The request type of a channel. */
export type RequestOf<C extends Channel> = ReaderChannels[C]['request'];
/** The response type of a channel (inside its Result). */
export type ResponseOf<C extends Channel> = ReaderChannels[C]['response'];

/** The renderer-facing method names and the channel each one calls. */
export const API_METHODS = {
  listDocuments: 'corpus:documents',
  getToc: 'corpus:toc',
  getSection: 'corpus:section',
  search: 'search:query',
  getStatus: 'app:status',
  highlightSection: 'search:highlights',
  exportPdf: 'export:pdf',
  printExport: 'export:print',
  getAbout: 'app:about',
  nextEvent: 'app:next-event',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getReadingPosition: 'reading:position',
  saveReadingPosition: 'reading:save-position',
  copyCitation: 'citation:copy',
  listBookmarks: 'bookmarks:list',
  addBookmark: 'bookmarks:add',
  setBookmarkNote: 'bookmarks:set-note',
  removeBookmark: 'bookmarks:remove',
  restoreBookmark: 'bookmarks:restore',
  exportBookmarks: 'bookmarks:export',
} as const satisfies Record<string, Channel>;

/** Every channel, in a stable order (used by main to register them and by tests to cover them). */
export const CHANNELS = Object.values(API_METHODS) as Channel[];

type MethodName = keyof typeof API_METHODS;

/** What the renderer sees as `window.reader`: named methods, nothing else. */
export type ReaderApi = {
  [M in MethodName]: (
    request: RequestOf<(typeof API_METHODS)[M]>,
  ) => Promise<Result<ResponseOf<(typeof API_METHODS)[M]>>>;
};

/** Paper an export is laid out for. */
export type PaperSize = 'A4' | 'Letter';

/** How an export is laid out. */
export interface ExportOptions {
  paper: PaperSize;
  /** Start with a table of contents (section titles and the page each starts on). */
  tableOfContents: boolean;
  /** Print each paragraph's number in the margin, as the reader shows it. */
  paragraphNumbers: boolean;
}

/** Which sections of which document to export or print; main composes the document from the corpus. */
export interface ExportRequest {
  documentId: string;
  /** Section ids (printed in document order whatever the order here), or `all` for the whole document. */
  sectionIds: string[] | 'all';
  options: ExportOptions;
}

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
