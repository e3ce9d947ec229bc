/**
 * Bookmarks with notes, kept in `bookmarks.json`. A removed bookmark stays restorable (undo) while
 * the reader is open; nothing is ever removed without the reader asking. Changes are in memory at
 * once and written in the background, one write for every change made meanwhile (`saved()`).
 * A store holds at most `MAX_BOOKMARKS` bookmarks with notes of at most `MAX_NOTE_LENGTH` characters.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { idSchema, type BookmarkTarget } from '../../shared/contract/request-schemas';
import { MAX_NOTE_LENGTH, type Bookmark } from '../../shared/contract/user';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';

/**
 * Most bookmarks one reader keeps: far beyond the paragraphs of a bundle one reads closely, and a
 * file (with the longest notes) of a few megabytes that is still written in a blink.
 */
export const MAX_BOOKMARKS = 2000;

/** A change a limit does not allow; `message` is written for the reader. Nothing was changed. */
export class BookmarkLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BookmarkLimitError';
  }
}

/** What `bookmarks.json` holds. */
export interface BookmarksData {
  bookmarks: Bookmark[];
}

/** The layout of one bookmark on disk (version 1). */
export const bookmarkSchema = z.strictObject({
  id: idSchema,
  documentId: idSchema,
  sectionId: idSchema,
  paragraphId: idSchema,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Version 1 of `bookmarks.json`. */
export const BOOKMARKS_SPEC: JsonFileSpec<BookmarksData> = {
  kind: 'bookmarks',
  version: 1,
  schema: z.strictObject({ bookmarks: z.array(bookmarkSchema) }),
  defaults: () => ({ bookmarks: [] }),
  label: 'bookmarks',
  fallback: 'no bookmarks',
  merge: mergeBookmarks,
};

/**
 * Merges bookmarks another instance wrote (`theirs`) with this store's (`ours`), both grown from
 * `base`: theirs, plus the bookmarks this store added, minus those it removed, with the notes it
 * changed (when both changed one note, the later change). Two bookmarks of one paragraph become one
 * that keeps both notes.
 */
function mergeBookmarks(base: BookmarksData, ours: BookmarksData, theirs: BookmarksData): BookmarksData {
  const before = new Map(base.bookmarks.map((bookmark) => [bookmark.id, bookmark]));
  const mine = new Map(ours.bookmarks.map((bookmark) => [bookmark.id, bookmark]));
  const result = theirs.bookmarks.filter((bookmark) => !(before.has(bookmark.id) && !mine.has(bookmark.id)));
  for (const bookmark of ours.bookmarks) {
    const original = before.get(bookmark.id);
    const index = result.findIndex((candidate) => candidate.id === bookmark.id);
    if (index >= 0) {
      const other = result[index]!;
      const changedHere = original === undefined || JSON.stringify(original) !== JSON.stringify(bookmark);
      const changedThere = original === undefined || JSON.stringify(original) !== JSON.stringify(other);
      if (changedHere && (!changedThere || bookmark.updatedAt > other.updatedAt)) result[index] = bookmark;
      continue;
    }
    if (original !== undefined) continue; // removed by the other instance: stays removed
    const twin = result.findIndex((candidate) => samePlace(candidate, bookmark));
    if (twin < 0) result.push(bookmark);
    else if (bookmark.note !== '' && !result[twin]!.note.includes(bookmark.note))
      result[twin] = { ...result[twin]!, note: [result[twin]!.note, bookmark.note].filter(Boolean).join('\n\n') };
  }
  return { bookmarks: result };
}

function samePlace(a: { documentId: string; sectionId: string; paragraphId: string }, b: typeof a): boolean {
  return a.documentId === b.documentId && a.sectionId === b.sectionId && a.paragraphId === b.paragraphId;
}

/** How many removed bookmarks can still be restored. */
const UNDO_DEPTH = 50;

/** Adds, annotates, removes and restores bookmarks; every change is saved at once. */
export class BookmarkStore {
  private readonly file: VersionedJsonFile<BookmarksData>;
  private readonly removed = new Map<string, { bookmark: Bookmark; index: number }>();

  constructor(
    path: string,
    tell: Tell,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {
    this.file = new VersionedJsonFile(path, BOOKMARKS_SPEC, tell, { coalesce: true });
  }

  /** Resolves once every change made so far is on disk (true) or could not be written (false: kept in memory, and told). */
  saved(): Promise<boolean> {
    return this.file.saved();
  }

  /** Writes what waits for the background write now (when the app quits). */
  flush(): void {
    this.file.flush();
  }

  /** Every bookmark, oldest first. */
  list(): Bookmark[] {
    return this.file.get().bookmarks;
  }

  /** A bookmark by id. */
  find(bookmarkId: string): Bookmark | undefined {
    return this.list().find((bookmark) => bookmark.id === bookmarkId);
  }

  /**
   * Bookmarks a paragraph; an already bookmarked paragraph keeps its bookmark (and gets the note, if
   * one is given). Throws BookmarkLimitError when the store is full or the note too long.
   */
  add(target: BookmarkTarget): Bookmark {
    const existing = this.list().find((bookmark) => samePlace(bookmark, target));
    if (existing) return target.note === undefined ? existing : (this.setNote(existing.id, target.note) ?? existing);
    checkNote(target.note ?? '');
    if (this.list().length >= MAX_BOOKMARKS)
      throw new BookmarkLimitError(
        `You have ${MAX_BOOKMARKS} bookmarks, as many as the reader keeps. Remove some (or export them) to add more.`,
      );
    const time = this.now().toISOString();
    const bookmark: Bookmark = {
      id: this.newId(),
      documentId: target.documentId,
      sectionId: target.sectionId,
      paragraphId: target.paragraphId,
      note: target.note ?? '',
      createdAt: time,
      updatedAt: time,
    };
    this.file.set({ bookmarks: [...this.list(), bookmark] });
    return bookmark;
  }

  /** Replaces a bookmark's note; undefined when there is no such bookmark. Throws BookmarkLimitError for a note too long. */
  setNote(bookmarkId: string, note: string): Bookmark | undefined {
    const current = this.find(bookmarkId);
    if (!current) return undefined;
    checkNote(note);
    if (current.note === note) return current;
    const updated: Bookmark = { ...current, note, updatedAt: this.now().toISOString() };
    this.file.set({ bookmarks: this.list().map((bookmark) => (bookmark.id === bookmarkId ? updated : bookmark)) });
    return updated;
  }

  /** Removes a bookmark (restorable with `restore` while the reader is open); undefined when there is none. */
  remove(bookmarkId: string): Bookmark | undefined {
    const index = this.list().findIndex((bookmark) => bookmark.id === bookmarkId);
    if (index < 0) return undefined;
    const bookmark = this.list()[index]!;
    this.removed.set(bookmarkId, { bookmark, index });
    if (this.removed.size > UNDO_DEPTH) this.removed.delete(this.removed.keys().next().value!);
    this.file.set({ bookmarks: this.list().filter((candidate) => candidate.id !== bookmarkId) });
    return bookmark;
  }

  /** Puts a removed bookmark back where it was, note included; undefined when it cannot be restored. */
  restore(bookmarkId: string): Bookmark | undefined {
    const entry = this.removed.get(bookmarkId);
    if (!entry) return this.find(bookmarkId);
    this.removed.delete(bookmarkId);
    const twin = this.list().find((bookmark) => samePlace(bookmark, entry.bookmark));
    // The paragraph was bookmarked again meanwhile: keep that bookmark and both notes (cut to the longest note).
    if (twin)
      return entry.bookmark.note === '' || twin.note.includes(entry.bookmark.note)
        ? twin
        : this.setNote(
            twin.id,
            [twin.note, entry.bookmark.note].filter(Boolean).join('\n\n').slice(0, MAX_NOTE_LENGTH),
          );
    if (this.list().length >= MAX_BOOKMARKS) {
      this.removed.set(bookmarkId, entry);
      throw new BookmarkLimitError(
        `You have ${MAX_BOOKMARKS} bookmarks, as many as the reader keeps: this one cannot come back until you remove another.`,
      );
    }
    const bookmarks = [...this.list()];
    bookmarks.splice(Math.min(entry.index, bookmarks.length), 0, entry.bookmark);
    this.file.set({ bookmarks });
    return entry.bookmark;
  }
}

function checkNote(note: string): void {
  if (note.length > MAX_NOTE_LENGTH)
    throw new BookmarkLimitError(
      `This note is ${note.length} characters long; a note can hold at most ${MAX_NOTE_LENGTH}. Shorten it and save again.`,
    );
}
