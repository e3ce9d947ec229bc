/**
 * Bookmarks with notes, kept in `bookmarks.json`. A removed bookmark stays restorable (undo) while
 * the reader is open; nothing is ever removed without the reader asking.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { idSchema, type BookmarkTarget } from '../../shared/contract/request-schemas';
import type { Bookmark } from '../../shared/contract/user';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';

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
};

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
    this.file = new VersionedJsonFile(path, BOOKMARKS_SPEC, tell);
  }

  /** Every bookmark, oldest first. */
  list(): Bookmark[] {
    return this.file.get().bookmarks;
  }

  /** A bookmark by id. */
  find(bookmarkId: string): Bookmark | undefined {
    return this.list().find((bookmark) => bookmark.id === bookmarkId);
  }

  /** Bookmarks a paragraph; an already bookmarked paragraph keeps its bookmark (and gets the note, if one is given). */
  add(target: BookmarkTarget): Bookmark {
    const existing = this.list().find(
      (bookmark) =>
        bookmark.documentId === target.documentId &&
        bookmark.sectionId === target.sectionId &&
        bookmark.paragraphId === target.paragraphId,
    );
    if (existing) return target.note === undefined ? existing : (this.setNote(existing.id, target.note) ?? existing);
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

  /** Replaces a bookmark's note; undefined when there is no such bookmark. */
  setNote(bookmarkId: string, note: string): Bookmark | undefined {
    const current = this.find(bookmarkId);
    if (!current) return undefined;
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
    const twin = this.list().find(
      (bookmark) =>
        bookmark.documentId === entry.bookmark.documentId &&
        bookmark.sectionId === entry.bookmark.sectionId &&
        bookmark.paragraphId === entry.bookmark.paragraphId,
    );
    // The paragraph was bookmarked again meanwhile: keep that bookmark and both notes.
    if (twin)
      return entry.bookmark.note === '' || twin.note.includes(entry.bookmark.note)
        ? twin
        : this.setNote(twin.id, [twin.note, entry.bookmark.note].filter(Boolean).join('\n\n'));
    const bookmarks = [...this.list()];
    bookmarks.splice(Math.min(entry.index, bookmarks.length), 0, entry.bookmark);
    this.file.set({ bookmarks });
    return entry.bookmark;
  }
}
