import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { BookmarkEntry } from '../../../../shared/contract';
import type { ReaderError, Result } from '../../../../shared/result';
import { readerApi } from '../../reader-api';

/** A paragraph, as bookmarks address it. */
export interface ParagraphAddress {
  documentId: string;
  sectionId: string;
  paragraphId: string;
}

/** Bookmarks as main keeps them, and the actions on them. */
export interface BookmarksState {
  entries: BookmarkEntry[];
  /** The entry of a paragraph, if it is bookmarked. */
  entryOf: (address: ParagraphAddress) => BookmarkEntry | undefined;
  add: (address: ParagraphAddress) => Promise<BookmarkEntry | null>;
  setNote: (id: string, note: string) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  restore: (id: string) => Promise<boolean>;
}

/** Keeps the bookmark list in step with main; failures go to `onError`. */
export function useBookmarks(onError: (error: ReaderError) => void): BookmarksState {
  const [entries, setEntries] = useState<BookmarkEntry[]>([]);
  const show = useCallback(
    (result: Result<BookmarkEntry[]>) => (result.ok ? setEntries(result.value) : onError(result.error)),
    [onError],
  );
  const refresh = useCallback(async () => show(await readerApi().listBookmarks()), [show]);
  const showFirst = useEffectEvent(show);
  useEffect(() => {
    let current = true;
    void readerApi()
      .listBookmarks()
      .then((result) => {
        if (current) showFirst(result);
      });
    return () => {
      current = false;
    };
  }, []);

  const byParagraph = useMemo(
    () =>
      new Map(
        entries.map((entry) => [
          `${entry.bookmark.documentId}/${entry.bookmark.sectionId}/${entry.bookmark.paragraphId}`,
          entry,
        ]),
      ),
    [entries],
  );
  const run = useCallback(
    async <T>(call: Promise<Result<T>>): Promise<Result<T>> => {
      const result = await call;
      if (result.ok) await refresh();
      else onError(result.error);
      return result;
    },
    [onError, refresh],
  );

  return {
    entries,
    entryOf: (address) => byParagraph.get(`${address.documentId}/${address.sectionId}/${address.paragraphId}`),
    add: async (address) => {
      const result = await run(readerApi().addBookmark(address));
      return result.ok ? result.value : null;
    },
    setNote: async (id, note) => (await run(readerApi().setBookmarkNote({ id, note }))).ok,
    remove: async (id) => (await run(readerApi().removeBookmark({ id }))).ok,
    restore: async (id) => (await run(readerApi().restoreBookmark({ id }))).ok,
  };
}
