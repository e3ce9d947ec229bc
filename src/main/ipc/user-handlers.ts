/**
 * Handlers for what belongs to the reader's own use: settings, reading position, bookmarks and
 * notes, copy with citation, the About facts, and the event stream from main. Electron-free: the
 * clipboard and the save dialog are ports that the Electron shell fills (and tests fake at that edge).
 */
import { basename } from 'node:path';
import type { AboutInfo } from '../../shared/contract/app-info';
import { APP_ONLY_CHANNELS, type AppOnlyChannel } from '../../shared/contract/channels';
import type { Bookmark, BookmarkEntry, ClipboardContent, ReaderSettings } from '../../shared/contract/user';
import { formatCitation, type CitationSource } from '../../shared/citation';
import { displayTitle } from '../../shared/document-title';
import { fail, ok, type Result } from '../../shared/result';
import { writeAtomically } from '../files/atomic-write';
import type { AppEventQueue } from './app-events';
import { bookmarksToMarkdown } from '../user-data/bookmark-markdown';
import { alteredTextNotice, citationWithNotice } from '../corpus/altered-text-notice';
import { citationSourceOf, locateParagraph } from '../corpus/citation-source';
import { selectionSourceOf } from '../corpus/selection-quote';
import type { CorpusStore } from '../corpus/corpus-store';
import { BookmarkLimitError } from '../user-data/bookmark-store';
import type { UserData } from '../user-data/user-data';
import { fileErrorReason } from '../files/file-errors';
import type { AppOnlyHandlerTable, ReaderServices } from './handler-types';

/** Puts text on the system clipboard, with its HTML form when it has one (Electron's `clipboard` in the app). */
export interface ClipboardPort {
  write(content: ClipboardContent): Promise<void>;
}

/** Asks the reader where to save a file (Electron's save dialog in the app); null when cancelled. */
export interface SaveDialogPort {
  chooseMarkdownFile(defaultFileName: string): Promise<string | null>;
}

/** What the user handlers work with. */
export interface UserServices {
  userData: UserData;
  events: AppEventQueue;
  clipboard: ClipboardPort;
  saveDialog: SaveDialogPort;
  app: { name: string; version: string };
  /** Called after the settings changed (the shell follows the theme in native UI). */
  onSettingsChanged?: (settings: ReaderSettings) => void;
  now?: () => Date;
}

/**
 * Builds the user handlers over the corpus and the reader's data. Each handler reads the documents
 * its request names through `reader.corpus` (in the app, asked of the search host when first needed).
 */
export function createUserHandlers(reader: ReaderServices, user: UserServices): AppOnlyHandlerTable {
  const { userData, events, clipboard, saveDialog, app } = user;
  const now = user.now ?? (() => new Date());
  const entryIn =
    (store: CorpusStore) =>
    (bookmark: Bookmark): BookmarkEntry => ({ bookmark, place: placeOf(store, bookmark) });
  const missingParagraph = (documentId: string, sectionId: string, paragraphId: string): Result<never> =>
    fail('not-found', `There is no paragraph '${paragraphId}' in section '${sectionId}' of '${documentId}'.`);
  const noBookmark = (id: string): Result<never> =>
    fail('not-found', `There is no bookmark '${id}' (it may have been deleted).`);
  /** The corpus with the documents of every bookmark (and of `also`). */
  const readBookmarked = (also: string[] = []) =>
    reader.corpus.read([...userData.bookmarks.list().map((bookmark) => bookmark.documentId), ...also]);
  const changeBookmarks = async <T>(change: () => Result<T>): Promise<Result<T>> => {
    let result: Result<T>;
    try {
      result = change();
    } catch (error) {
      if (error instanceof BookmarkLimitError) return fail('limit-reached', error.message);
      throw error;
    }
    await userData.bookmarks.saved();
    return result;
  };
  /** The entry of a bookmark once its change is on disk. */
  const changeBookmark = async (change: () => Result<Bookmark>): Promise<Result<BookmarkEntry>> => {
    const changed = await changeBookmarks(change);
    if (!changed.ok) return changed;
    const reading = await reader.corpus.read([changed.value.documentId]);
    return reading.ok ? ok(entryIn(reading.value.store)(changed.value)) : reading;
  };

  return {
    // About names the text actually served: the stamp with the content hash of the text as loaded
    // (equal to the stamped one unless the text was altered, which the integrity alert then says).
    'app:about': async (): Promise<Result<AboutInfo>> => {
      const reading = await reader.corpus.read([]);
      if (!reading.ok) return reading;
      const { status } = reading.value;
      return ok({
        name: app.name,
        version: app.version,
        stamp: { ...status.stamp, contentHash: status.integrity.actualHash },
        userDataDir: userData.dir,
      });
    },
    'app:next-event': async () => ok(await events.next()),
    'settings:get': () => ok(userData.settings.get()),
    'settings:update': (change) => {
      const settings = userData.settings.update(change);
      user.onSettingsChanged?.(settings);
      return ok(settings);
    },
    'reading:position': async () => {
      const position = userData.position.get();
      if (!position) return ok(null);
      const reading = await reader.corpus.read([position.documentId]);
      if (!reading.ok) return reading;
      // A position in a section that no longer exists is forgotten, not an error.
      return ok(reading.value.store.getSection(position.documentId, position.sectionId) ? position : null);
    },
    'reading:save-position': async (position) => {
      const reading = await reader.corpus.read([position.documentId]);
      if (!reading.ok) return reading;
      if (!reading.value.store.getSection(position.documentId, position.sectionId))
        return fail('not-found', `There is no section '${position.sectionId}' in '${position.documentId}'.`);
      userData.position.set(position);
      return ok(null);
    },
    'citation:copy': async (request) => {
      const { selection, ...ref } = request;
      const reading = await reader.corpus.read([ref.documentId]);
      if (!reading.ok) return reading;
      const { store, status } = reading.value;
      const whole = selection ? undefined : citationSourceOf(store, ref);
      const source: Result<CitationSource> = selection
        ? selectionSourceOf(store, request, selection)
        : whole
          ? ok(whole)
          : fail(
              'not-found',
              `There is no paragraph or list item '${ref.partId}' in section '${ref.sectionId}' of '${ref.documentId}'.`,
            );
      if (!source.ok) return source;
      const citation = citationWithNotice(formatCitation(source.value), alteredTextNotice(status.integrity));
      try {
        await clipboard.write(citation);
      } catch (error) {
        return fail('io-failed', `The citation could not be put on the clipboard (${fileErrorReason(error)}).`);
      }
      return ok(citation);
    },
    // The page's plain "Copy" (its context menu): the renderer never writes the clipboard itself.
    'clipboard:copy-text': async ({ text }) => {
      try {
        await clipboard.write({ text });
      } catch (error) {
        return fail('io-failed', `The text could not be put on the clipboard (${fileErrorReason(error)}).`);
      }
      return ok(null);
    },
    'bookmarks:list': async () => {
      const reading = await readBookmarked();
      if (!reading.ok) return reading;
      const { store } = reading.value;
      return ok(sortByPlace(store, userData.bookmarks.list().map(entryIn(store))));
    },
    // Each change answers once it is on disk (or could not be written, which the reader is told):
    // the background write it shares with other changes never blocks main.
    'bookmarks:add': async (target) => {
      const reading = await reader.corpus.read([target.documentId]);
      if (!reading.ok) return reading;
      const { store } = reading.value;
      return changeBookmark(() =>
        locateParagraph(store, target.documentId, target.sectionId, target.paragraphId)
          ? ok(userData.bookmarks.add(target))
          : missingParagraph(target.documentId, target.sectionId, target.paragraphId),
      );
    },
    'bookmarks:set-note': ({ id, note }) =>
      changeBookmark(() => {
        const bookmark = userData.bookmarks.setNote(id, note);
        return bookmark ? ok(bookmark) : noBookmark(id);
      }),
    'bookmarks:remove': ({ id }) => changeBookmarks(() => (userData.bookmarks.remove(id) ? ok(null) : noBookmark(id))),
    'bookmarks:restore': ({ id }) =>
      changeBookmark(() => {
        const bookmark = userData.bookmarks.restore(id);
        return bookmark ? ok(bookmark) : noBookmark(id);
      }),
    'bookmarks:export': async () => {
      const reading = await readBookmarked();
      if (!reading.ok) return reading;
      const { store, status } = reading.value;
      const entries = sortByPlace(store, userData.bookmarks.list().map(entryIn(store))).map(({ bookmark }) => ({
        bookmark,
        source:
          citationSourceOf(store, {
            documentId: bookmark.documentId,
            sectionId: bookmark.sectionId,
            partId: bookmark.paragraphId,
          }) ?? null,
      }));
      const exportedAt = now();
      const path = await saveDialog.chooseMarkdownFile(`bookmarks-${exportedAt.toISOString().slice(0, 10)}.md`);
      if (path === null) return ok({ saved: false });
      try {
        writeAtomically(
          path,
          bookmarksToMarkdown(entries, {
            appName: app.name,
            appVersion: app.version,
            stamp: status.stamp,
            integrity: status.integrity,
            exportedAt,
          }),
        );
      } catch (error) {
        return fail(
          'io-failed',
          `The bookmarks could not be saved as ${basename(path)} (${fileErrorReason(error)}). Nothing was changed.`,
        );
      }
      return ok({ saved: true, fileName: basename(path), count: entries.length });
    },
  };
}

/**
 * For a host with no reader data (the command-line companion): every app-only channel (those the
 * channel map declares `scope: 'app-only'`) answers that it is unavailable.
 */
export function appOnlyChannelsUnavailable(): AppOnlyHandlerTable {
  const unavailable = (): Result<never> =>
    fail('unavailable', 'Settings, bookmarks and the clipboard are only available in the reader app.');
  return Object.fromEntries(APP_ONLY_CHANNELS.map((name) => [name, unavailable])) as Record<
    AppOnlyChannel,
    typeof unavailable
  >;
}

function placeOf(store: CorpusStore, bookmark: Bookmark): BookmarkEntry['place'] {
  const located = locateParagraph(store, bookmark.documentId, bookmark.sectionId, bookmark.paragraphId);
  if (!located) return null;
  const words = located.paragraph.text.split(/\s+/);
  return {
    documentTitle: displayTitle(located.document),
    sectionNumber: located.section.number,
    sectionTitle: located.section.title,
    paragraphNumber: located.paragraph.number,
    excerpt: words.length > 24 ? `${words.slice(0, 24).join(' ')}…` : located.paragraph.text,
  };
}

/** Document order (documents as in the corpus, then section, then paragraph); bookmarks whose paragraph is gone come last, oldest first. */
function sortByPlace(store: CorpusStore, entries: BookmarkEntry[]): BookmarkEntry[] {
  const documentOrder = new Map(store.listDocuments().map((document, index) => [document.id, index]));
  const key = (entry: BookmarkEntry): number[] =>
    entry.place
      ? [0, documentOrder.get(entry.bookmark.documentId) ?? 0, entry.place.sectionNumber, entry.place.paragraphNumber]
      : [1, 0, 0, 0];
  return [...entries].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka.reduce((order, value, index) => order || value - kb[index]!, 0);
  });
}
