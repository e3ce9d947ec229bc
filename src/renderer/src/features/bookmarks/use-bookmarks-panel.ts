import { useCallback, useState } from 'react';

/** Whether the sidebar shows the bookmarks (rather than the contents), and which note is being written. */
export interface BookmarksPanelState {
  /** The reader chose the bookmarks; they show whenever no search is under way. */
  chosen: boolean;
  /** The `show-bookmarks` command: ends any search, then shows the bookmarks, or the contents if they showed. */
  toggle: () => void;
  /** The bookmark whose note is open in the editor, if any. */
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** Ends any search, shows the bookmarks and opens the note editor of one. */
  editNote: (bookmarkId: string) => void;
}

/** The sidebar's choice between contents and bookmarks; a search (results) shows over either. */
export function useBookmarksPanel(search: { searching: boolean; clear: () => void }): BookmarksPanelState {
  const [chosen, setChosen] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const { searching, clear } = search;
  const toggle = useCallback(() => {
    clear();
    setChosen((shown) => !(shown && !searching));
  }, [clear, searching]);
  const editNote = useCallback(
    (bookmarkId: string) => {
      clear();
      setChosen(true);
      setEditingId(bookmarkId);
    },
    [clear],
  );
  return { chosen, toggle, editingId, setEditingId, editNote };
}
