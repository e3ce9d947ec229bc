import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { DocumentSummary, TableOfContents as Toc } from '../../../shared/contract';
import { BookmarksPanel } from '../features/bookmarks/bookmarks-panel';
import type { BookmarkActions } from '../features/bookmarks/use-bookmark-actions';
import type { BookmarksPanelState } from '../features/bookmarks/use-bookmarks-panel';
import type { BookmarksState } from '../features/bookmarks/use-bookmarks';
import { DocumentPicker } from '../features/browse/document-picker';
import { TableOfContents } from '../features/browse/table-of-contents';
import { SearchResults } from '../features/search/search-results';
import { SearchScopeSelect } from '../features/search/search-scope-select';
import type { SearchSession } from '../features/search/use-search-session';
import { commandHint, keysOf } from './command-hint';
import type { SidebarState, SidebarTab } from './use-sidebar';

/** Id of the sidebar (the header's toggle button controls it). */
export const SIDEBAR_ID = 'sidebar';

const TABS: readonly SidebarTab[] = ['contents', 'results', 'bookmarks'];
const tabId = (tab: SidebarTab): string => `sidebar-tab-${tab}`;

interface SidebarProps {
  sidebar: SidebarState;
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

/**
 * The sidebar: Contents, Results and Bookmarks as tabs (WAI-ARIA tabs: arrows move between them),
 * so none hides another. Beside the text in a wide window; a drawer over it in a narrow one,
 * which Escape closes. The Contents tab has room for more ways to choose what to read.
 */
export function Sidebar({
  sidebar,
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
  const tabs = useRef<HTMLDivElement>(null);
  const names: Record<SidebarTab, string> = {
    contents: 'Contents',
    results: search.response && search.searching ? `Results (${search.response.total})` : 'Results',
    bookmarks: `Bookmarks (${bookmarks.entries.length})`,
  };
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = TABS.indexOf(sidebar.tab);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length]!;
    sidebar.show(next);
    tabs.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape' && sidebar.narrow && !event.defaultPrevented) {
      event.preventDefault();
      sidebar.closeDrawer();
      document.getElementById('sidebar-toggle')?.focus();
    }
  };
  return (
    <aside id={SIDEBAR_ID} className="sidebar" aria-label="Sidebar" hidden={!sidebar.open} onKeyDown={onKeyDown}>
      <div ref={tabs} role="tablist" aria-label="Sidebar" className="sidebar-tabs" onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={sidebar.tab === tab}
            aria-controls="sidebar-panel"
            tabIndex={sidebar.tab === tab ? 0 : -1}
            className="sidebar-tab"
            onClick={() => sidebar.show(tab)}
            {...(tab === 'bookmarks' ? commandHint('show-bookmarks') : tab === 'results' ? commandHint('find') : {})}
          >
            {names[tab]}
          </button>
        ))}
      </div>
      <div id="sidebar-panel" role="tabpanel" aria-labelledby={tabId(sidebar.tab)} className="sidebar-panel">
        {sidebar.tab === 'results' && (
          <SearchScopeSelect documents={documents} scope={search.scope} onChange={search.setScope} />
        )}
        {sidebar.tab === 'results' &&
          (search.searching ? (
            <SearchResults
              response={search.response}
              error={search.error}
              documents={documents}
              activeHit={search.activeHit}
              onOpen={(hit) => search.open(hit)}
              onKeyDown={search.onListKeyDown}
            />
          ) : (
            <p className="sidebar-hint">
              Type in the search box ({keysOf('find')}) to search: results appear here as you type.
            </p>
          ))}
        {sidebar.tab === 'bookmarks' && (
          <BookmarksPanel
            entries={bookmarks.entries}
            editingId={panel.editingId}
            onEdit={panel.setEditingId}
            onSaveNote={(id, note) => void bookmarkActions.saveNote(id, note)}
            onDelete={(entry) => void bookmarkActions.remove(entry, true)}
            onExport={() => void bookmarkActions.exportAll()}
          />
        )}
        {sidebar.tab === 'contents' && (
          <>
            <DocumentPicker documents={documents} currentDocumentId={currentDocumentId} onOpen={onOpenDocument} />
            {toc && <TableOfContents toc={toc} currentSectionId={currentSectionId} />}
          </>
        )}
      </div>
    </aside>
  );
}
