import type { BookmarkEntry } from '../../../../shared/contract';
import type { Announcer } from '../notices/use-announcer';
import { readerApi } from '../../reader-api';
import { bookmarkSubject } from './bookmarks-panel';
import type { BookmarksPanelState } from './use-bookmarks-panel';
import type { BookmarksState, ParagraphAddress } from './use-bookmarks';

/** What the reader does with bookmarks, each told in the status line (with Undo or "Add a note" where it helps). */
export interface BookmarkActions {
  /** Bookmarks the paragraph, or removes its bookmark; `name` says which ("paragraph 3"). */
  toggle: (address: ParagraphAddress, name: string) => Promise<void>;
  /** Deletes a bookmark, offering Undo; `fromPanel`: its Delete button is about to disappear, so Undo takes the focus. */
  remove: (entry: BookmarkEntry, fromPanel?: boolean) => Promise<void>;
  /** Opens the note of a paragraph's bookmark, bookmarking it first if need be. */
  annotate: (address: ParagraphAddress) => Promise<void>;
  saveNote: (bookmarkId: string, note: string) => Promise<void>;
  /** Saves every bookmark with its note as a Markdown file (main asks where). */
  exportAll: () => Promise<void>;
}

/** The bookmark actions over the bookmarks kept by main, the panel, and the status line. */
export function useBookmarkActions(
  bookmarks: BookmarksState,
  panel: BookmarksPanelState,
  { announce, alert }: Pick<Announcer, 'announce' | 'alert'>,
): BookmarkActions {
  const remove = async (entry: BookmarkEntry, fromPanel = false): Promise<void> => {
    const subject = bookmarkSubject(entry);
    if (panel.editingId === entry.bookmark.id) panel.setEditingId(null);
    if (!(await bookmarks.remove(entry.bookmark.id))) return;
    announce(`Deleted the bookmark on ${subject}${entry.bookmark.note ? ' and its note' : ''}.`, {
      label: 'Undo',
      focus: fromPanel,
      run: () => {
        void bookmarks
          .restore(entry.bookmark.id)
          .then((restored) => restored && announce(`Restored the bookmark on ${subject}.`));
      },
    });
  };
  return {
    toggle: async (address, name) => {
      const existing = bookmarks.entryOf(address);
      if (existing) return remove(existing);
      const added = await bookmarks.add(address);
      if (added) announce(`Bookmarked ${name}.`, { label: 'Add a note', run: () => panel.editNote(added.bookmark.id) });
    },
    remove,
    annotate: async (address) => {
      const entry = bookmarks.entryOf(address) ?? (await bookmarks.add(address));
      if (entry) panel.editNote(entry.bookmark.id);
    },
    saveNote: async (bookmarkId, note) => {
      if (!(await bookmarks.setNote(bookmarkId, note))) return;
      panel.setEditingId(null);
      announce(note.trim() === '' ? 'Removed the note.' : 'Saved the note.');
    },
    exportAll: async () => {
      const result = await readerApi().exportBookmarks();
      if (!result.ok) return alert(result.error.message);
      const outcome = result.value;
      if (outcome.saved)
        announce(
          `Saved ${outcome.count === 1 ? '1 bookmark' : `${outcome.count} bookmarks`} with notes as ${outcome.fileName}.`,
        );
    },
  };
}
