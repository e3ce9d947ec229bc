import type { ReactNode } from 'react';
import type { DocumentSummary, TableOfContents as Toc } from '../../../shared/contract';
import { BookmarksPanel } from '../features/bookmarks/bookmarks-panel';
import type { BookmarkActions } from '../features/bookmarks/use-bookmark-actions';
import type { BookmarksPanelState } from '../features/bookmarks/use-bookmarks-panel';
import type { BookmarksState } from '../features/bookmarks/use-bookmarks';
import { DocumentPicker } from '../features/browse/document-picker';
import { TableOfContents } from '../features/browse/table-of-contents';
import { SearchResults } from '../features/search/search-results';
import type { SearchSession } from '../features/search/use-search-session';

interface SidebarProps {
  search: SearchSession;
  panel: BookmarksPanelState;
  bookmarks: BookmarksState;
  bookmarkActions: BookmarkActions;
  documents: readonly DocumentSummary[];
  toc: Toc | null;
  currentDocumentId: string | null;
  currentSectionId: string | null;
  onOpenDocument: (documentId: string) => void;
}

/** The sidebar: the search results while the reader searches, else the bookmarks or the library and contents. */
export function Sidebar({
  search,
  panel,
  bookmarks,
  bookmarkActions,
  documents,
  toc,
  currentDocumentId,
  currentSectionId,
  onOpenDocument,
}: SidebarProps): ReactNode {
  const shows = search.searching ? 'results' : panel.chosen ? 'bookmarks' : 'contents';
  const names = { results: 'Search results', bookmarks: 'Bookmarks', contents: 'Contents' } as const;
  return (
    <aside className="sidebar" aria-label={names[shows]}>
      {shows === 'results' &&
        (search.error ? (
          <p className="search-error" role="alert">
            {search.error.message}
          </p>
        ) : (
          <SearchResults
            response={search.response}
            activeHit={search.activeHit}
            onOpen={(hit) => search.open(hit)}
            onKeyDown={search.onListKeyDown}
          />
        ))}
      {shows === 'bookmarks' && (
        <BookmarksPanel
          entries={bookmarks.entries}
          editingId={panel.editingId}
          onEdit={panel.setEditingId}
          onSaveNote={(id, note) => void bookmarkActions.saveNote(id, note)}
          onDelete={(entry) => void bookmarkActions.remove(entry, true)}
          onExport={() => void bookmarkActions.exportAll()}
        />
      )}
      {shows === 'contents' && (
        <>
          <DocumentPicker documents={documents} currentDocumentId={currentDocumentId} onOpen={onOpenDocument} />
          {toc && <TableOfContents toc={toc} currentSectionId={currentSectionId} />}
        </>
      )}
    </aside>
  );
}
