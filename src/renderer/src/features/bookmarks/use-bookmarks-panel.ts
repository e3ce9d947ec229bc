import { useCallback, useState } from 'react';
import type { SidebarState } from '../../app/use-sidebar';

/** The bookmarks tab of the sidebar, and which note is being written. */
export interface BookmarksPanelState {
  /** The bookmarks tab is the one shown. */
  shown: boolean;
  /** The `show-bookmarks` command: shows the bookmarks tab, or the contents if it showed. */
  toggle: () => void;
  /** The bookmark whose note is open in the editor, if any. */
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** Shows the bookmarks tab and opens the note editor of one. */
  editNote: (bookmarkId: string) => void;
}

/** The bookmarks tab over the sidebar's state (a search keeps its results in their own tab). */
export function useBookmarksPanel(
  sidebar: Pick<SidebarState, 'tab' | 'open' | 'show' | 'toggleTab'>,
): BookmarksPanelState {
  const [editingId, setEditingId] = useState<string | null>(null);
  const { show, toggleTab } = sidebar;
  const toggle = useCallback(() => toggleTab('bookmarks'), [toggleTab]);
  const editNote = useCallback(
    (bookmarkId: string) => {
      show('bookmarks');
      setEditingId(bookmarkId);
    },
    [show],
  );
  return { shown: sidebar.open && sidebar.tab === 'bookmarks', toggle, editingId, setEditingId, editNote };
}
