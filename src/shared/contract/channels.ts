/**
 * The channel map: every IPC channel, declared once, with the renderer's method name, the request
 * schema and the response type. Adding a channel is one entry here plus its handler in main; the
 * channel list, the request and response types, `ReaderApi`, the method table of the preload, the
 * schemas main checks requests with and the channels the command line answers `unavailable` are all
 * derived below.
 */
import { z } from 'zod';
import type { Result } from '../result';
import type { AboutInfo, AppEvent, AppStatus } from './app-info';
import { channel, responseOf, type ChannelDeclaration, type ResponseType } from './channel';
import type { PrintedExport, SavedExport } from './export';
import type { DocumentSummary, SectionView, TableOfContents } from './library';
import {
  bookmarkTargetSchema,
  citationRequestSchema,
  copyTextSchema,
  exportRequestSchema,
  idSchema,
  noArguments,
  noteSchema,
  readingPositionSchema,
  searchRequestSchema,
  sectionHighlightsRequestSchema,
  sectionRefSchema,
  settingsChangeSchema,
  type ReadingPosition,
} from './request-schemas';
import type { SearchResponse, SectionHighlights } from './search';
import type { BookmarkEntry, Citation, ExportOutcome, ReaderSettings } from './user';

/** Every channel, in a stable order (main registers them in this order). */
export const READER_CHANNELS = {
  'corpus:documents': channel({
    method: 'listDocuments',
    request: noArguments,
    response: responseOf<DocumentSummary[]>(),
  }),
  'corpus:toc': channel({
    method: 'getToc',
    request: z.strictObject({ documentId: idSchema }),
    response: responseOf<TableOfContents>(),
  }),
  'corpus:section': channel({ method: 'getSection', request: sectionRefSchema, response: responseOf<SectionView>() }),
  'search:query': channel({ method: 'search', request: searchRequestSchema, response: responseOf<SearchResponse>() }),
  'app:status': channel({ method: 'getStatus', request: noArguments, response: responseOf<AppStatus>() }),
  'search:highlights': channel({
    method: 'highlightSection',
    request: sectionHighlightsRequestSchema,
    response: responseOf<SectionHighlights>(),
  }),
  'export:pdf': channel({ method: 'exportPdf', request: exportRequestSchema, response: responseOf<SavedExport>() }),
  'export:print': channel({
    method: 'printExport',
    request: exportRequestSchema,
    response: responseOf<PrintedExport>(),
  }),
  'app:about': channel({
    method: 'getAbout',
    request: noArguments,
    response: responseOf<AboutInfo>(),
    scope: 'app-only',
  }),
  'app:next-event': channel({
    method: 'nextEvent',
    request: noArguments,
    response: responseOf<AppEvent | null>(),
    scope: 'app-only',
  }),
  'settings:get': channel({
    method: 'getSettings',
    request: noArguments,
    response: responseOf<ReaderSettings>(),
    scope: 'app-only',
  }),
  'settings:update': channel({
    method: 'updateSettings',
    request: settingsChangeSchema,
    response: responseOf<ReaderSettings>(),
    scope: 'app-only',
  }),
  'reading:position': channel({
    method: 'getReadingPosition',
    request: noArguments,
    response: responseOf<ReadingPosition | null>(),
    scope: 'app-only',
  }),
  'reading:save-position': channel({
    method: 'saveReadingPosition',
    request: readingPositionSchema,
    response: responseOf<null>(),
    scope: 'app-only',
  }),
  'citation:copy': channel({
    method: 'copyCitation',
    request: citationRequestSchema,
    response: responseOf<Citation>(),
    scope: 'app-only',
  }),
  'clipboard:copy-text': channel({
    method: 'copyText',
    request: copyTextSchema,
    response: responseOf<null>(),
    scope: 'app-only',
  }),
  'bookmarks:list': channel({
    method: 'listBookmarks',
    request: noArguments,
    response: responseOf<BookmarkEntry[]>(),
    scope: 'app-only',
  }),
  'bookmarks:add': channel({
    method: 'addBookmark',
    request: bookmarkTargetSchema,
    response: responseOf<BookmarkEntry>(),
    scope: 'app-only',
  }),
  'bookmarks:set-note': channel({
    method: 'setBookmarkNote',
    request: z.strictObject({ id: idSchema, note: noteSchema }),
    response: responseOf<BookmarkEntry>(),
    scope: 'app-only',
  }),
  'bookmarks:remove': channel({
    method: 'removeBookmark',
    request: z.strictObject({ id: idSchema }),
    response: responseOf<null>(),
    scope: 'app-only',
  }),
  'bookmarks:restore': channel({
    method: 'restoreBookmark',
    request: z.strictObject({ id: idSchema }),
    response: responseOf<BookmarkEntry>(),
    scope: 'app-only',
  }),
  'bookmarks:export': channel({
    method: 'exportBookmarks',
    request: noArguments,
    response: responseOf<ExportOutcome>(),
    scope: 'app-only',
  }),
} satisfies Record<string, ChannelDeclaration>;

/** The declarations, by channel name. */
export type ReaderChannels = typeof READER_CHANNELS;
/** A channel name, e.g. `search:query`. */
export type Channel = keyof ReaderChannels;
/** The request type of a channel (what its schema outputs). */
export type RequestOf<C extends Channel> = z.output<ReaderChannels[C]['request']>;
/** The response type of a channel (inside its Result). */
export type ResponseOf<C extends Channel> = ReaderChannels[C]['response'] extends ResponseType<infer R> ? R : never;
/** The renderer's method name of a channel. */
type MethodOf<C extends Channel> = ReaderChannels[C]['method'];
/** A channel served only by the reader app (the command line answers `unavailable`). */
export type AppOnlyChannel = {
  [C in Channel]: ReaderChannels[C]['scope'] extends 'app-only' ? C : never;
}[Channel];

/** What the renderer sees as `window.reader`: named methods, nothing else. */
export type ReaderApi = {
  [C in Channel as MethodOf<C>]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

/** Every channel, in a stable order (used by main to register them and by tests to cover them). */
export const CHANNELS = Object.keys(READER_CHANNELS) as Channel[];

/** The renderer's method names, each with the channel it calls. */
export type ApiMethods = { readonly [C in Channel as MethodOf<C>]: C };

/** The renderer-facing method names and the channel each one calls. */
export const API_METHODS = Object.freeze(
  Object.fromEntries(CHANNELS.map((name) => [READER_CHANNELS[name].method, name])),
) as ApiMethods;

/** The channels only the reader app serves. */
export const APP_ONLY_CHANNELS = CHANNELS.filter(
  (name) => READER_CHANNELS[name].scope === 'app-only',
) as AppOnlyChannel[];
