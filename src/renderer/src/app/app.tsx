import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Paragraph } from '../../../shared/corpus-types';
import type { ReaderError } from '../../../shared/result';
import { AboutDialog } from '../features/about/about-dialog';
import { useBookmarkActions } from '../features/bookmarks/use-bookmark-actions';
import { useBookmarks, type ParagraphAddress } from '../features/bookmarks/use-bookmarks';
import { useBookmarksPanel } from '../features/bookmarks/use-bookmarks-panel';
import { noPartMessage, paragraphName, partInFocus } from '../features/citation/reading-part';
import { useCitation } from '../features/citation/use-citation';
import { usePartMenu } from '../features/citation/use-part-menu';
import { ReaderToolbar } from '../features/comfort/reader-toolbar';
import { useSettings } from '../features/comfort/use-settings';
import { DocumentHeading } from '../features/document-info/document-heading';
import { DocumentInfoDialog } from '../features/document-info/document-info-dialog';
import { useExport } from '../features/export/use-export';
import { NoticeList, StatusLine } from '../features/notices/status-line';
import { useAnnouncer } from '../features/notices/use-announcer';
import { useNotices } from '../features/notices/use-notices';
import { useParallelReading } from '../features/parallel/use-parallel-reading';
import { usePositionMemory } from '../features/position/use-position-memory';
import { SearchBox } from '../features/search/search-box';
import { optionId, RESULTS_LIST_ID } from '../features/search/search-results';
import { useSearchSession } from '../features/search/use-search-session';
import { ExternalLinkGuard } from '../features/security/external-link-guard';
import { StatusNotices } from '../features/security/status-notices';
import { useAppStatus } from '../features/security/use-app-status';
import { ReadingPane } from './reading-pane';
import { SIDEBAR_ID, Sidebar } from './sidebar';
import { commandHint } from './command-hint';
import { useInputModality } from './use-input-modality';
import { useLayout } from './use-layout';
import { useReadingMode } from './use-reading-mode';
import { useSidebar } from './use-sidebar';
// After the feature styles (imported by the components above): the layout refines them.
import './layout.css';
import { useHashRoute } from './use-hash-route';
import { useReaderCommands } from './use-reader-commands';
import { useReaderDocument } from './use-reader-document';
import { useReadingHistory } from './use-reading-history';

/**
 * The reader: header with search and controls, the sidebar (contents, results and bookmarks as
 * tabs; a drawer in a narrow window), the reading pane, the status line; reading mode hides all
 * but the text. It only puts the features together: each hook owns one job, and
 * every command (keys, menu, buttons) goes through the one table below.
 */
export function App(): ReactNode {
  const [route, go] = useHashRoute();
  const history = useReadingHistory();
  const { announcement, announce, alert, dismiss } = useAnnouncer();
  const reportError = useCallback((problem: ReaderError) => alert(problem.message), [alert]);
  const comfort = useSettings(reportError);
  const bookmarks = useBookmarks(reportError);
  const notices = useNotices();
  const { documents, toc, view, error, openDocument } = useReaderDocument(route, go);
  const search = useSearchSession(route, go, view);
  const status = useAppStatus(view?.document.id ?? null, search.response);
  const { narrow } = useLayout(comfort.settings.textScale);
  const sidebar = useSidebar(search.searching, narrow);
  const panel = useBookmarksPanel(sidebar);
  const reading = useReadingMode();
  useInputModality();
  const bookmarkActions = useBookmarkActions(bookmarks, panel, { announce, alert });
  const targetParagraphId = route?.paragraphId ?? null;
  const pane = useRef<HTMLElement>(null);
  const citation = useCitation(view, targetParagraphId, pane, { announce, alert });
  const partMenu = usePartMenu(view, bookmarks, bookmarkActions, citation);
  const exporter = useExport(toc, view?.section.id ?? null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [documentInfoOpen, setDocumentInfoOpen] = useState(false);
  usePositionMemory(view && route ? route : null, pane);
  const parallel = useParallelReading(route, go, documents, view, pane);

  // Narrow window: once the reader has chosen where to go (a section, a result, a bookmark), the drawer gives the text back.
  const { closeDrawer } = sidebar;
  useEffect(() => {
    if (narrow) closeDrawer();
  }, [route, narrow, closeDrawer]);

  const addressOf = (paragraph: Paragraph): ParagraphAddress | null =>
    view ? { documentId: view.document.id, sectionId: view.section.id, paragraphId: paragraph.id } : null;
  const toggleBookmark = (paragraph: Paragraph): void => {
    const address = addressOf(paragraph);
    if (address) void bookmarkActions.toggle(address, paragraphName(paragraph));
  };
  const showAbout = (): void => setAboutOpen(true);
  const showDocumentInfo = (): void => (toc ? setDocumentInfoOpen(true) : announce('No document is open.'));

  useReaderCommands(
    {
      'go-back': history.back,
      'go-forward': history.forward,
      find: () => {
        reading.leave();
        search.focusSearch();
      },
      'next-hit': search.nextHit,
      'previous-hit': search.previousHit,
      'copy-citation': citation.citeCurrent,
      'toggle-bookmark': () => {
        const part = view && partInFocus(view.section, targetParagraphId);
        if (part) toggleBookmark(part.paragraph);
        else announce(noPartMessage('toggle-bookmark'));
      },
      'show-bookmarks': panel.toggle,
      'toggle-sidebar': sidebar.toggleOpen,
      'reading-mode': reading.toggle,
      'export-bookmarks': () => void bookmarkActions.exportAll(),
      'export-or-print': () => exporter.open('current'),
      'text-larger': () => comfort.stepTextSize(1),
      'text-smaller': () => comfort.stepTextSize(-1),
      'text-reset': () => comfort.stepTextSize(0),
      'theme-system': () => comfort.setTheme('system'),
      'theme-light': () => comfort.setTheme('light'),
      'theme-dark': () => comfort.setTheme('dark'),
      'show-about': showAbout,
      'show-document-info': showDocumentInfo,
    },
    notices.add,
  );

  return (
    <>
      <div className={['app', reading.on && 'reading', sidebar.open && 'sidebar-open'].filter(Boolean).join(' ')}>
        <header className="app-header">
          <button
            type="button"
            id="sidebar-toggle"
            className="sidebar-toggle"
            aria-controls={SIDEBAR_ID}
            aria-expanded={sidebar.open}
            {...commandHint('toggle-sidebar')}
            onClick={sidebar.toggleOpen}
          >
            <span aria-hidden="true">☰</span>
            <span className="visually-hidden">Sidebar</span>
          </button>
          <div className="app-title">
            <DocumentHeading document={toc?.document ?? null} />
          </div>
          <SearchBox
            query={search.query}
            onChange={search.setQuery}
            inputRef={search.inputRef}
            listId={
              search.response && search.response.hits.length > 0 && sidebar.open && sidebar.tab === 'results'
                ? RESULTS_LIST_ID
                : null
            }
            activeOptionId={search.activeHit ? optionId(search.activeHit) : null}
            onKeyDown={(event) => {
              if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && search.searching) sidebar.show('results');
              search.onKeyDown(event);
            }}
          />
          <ReaderToolbar
            canGoBack={history.canGoBack}
            canGoForward={history.canGoForward}
            onBack={history.back}
            onForward={history.forward}
            textScale={comfort.settings.textScale}
            onTextSize={comfort.stepTextSize}
            theme={comfort.settings.theme}
            onTheme={comfort.setTheme}
            readingMode={reading.on}
            onReadingMode={reading.toggle}
            onAbout={showAbout}
            onDocumentInfo={toc ? showDocumentInfo : null}
          />
        </header>
        <NoticeList notices={notices.notices} onDismiss={notices.dismiss} />
        {status && <StatusNotices status={status} />}
        <div className="app-body">
          {narrow && sidebar.open && !reading.on && (
            // A click beside the drawer closes it (the keyboard has Escape and the toggle button).
            <div className="drawer-backdrop" aria-hidden="true" onClick={sidebar.closeDrawer} />
          )}
          <Sidebar
            sidebar={sidebar}
            search={search}
            panel={panel}
            bookmarks={bookmarks}
            bookmarkActions={bookmarkActions}
            documents={documents}
            toc={toc}
            currentDocumentId={route?.documentId ?? null}
            currentSectionId={route?.sectionId ?? null}
            onOpenDocument={(id) => void openDocument(id)}
          />
          <ReadingPane
            paneRef={pane}
            view={view}
            error={error}
            route={route}
            search={search}
            sectionActions={exporter.sectionAction}
            bookmarkOf={(paragraph) => {
              const address = addressOf(paragraph);
              return address ? bookmarks.entryOf(address) : undefined;
            }}
            onCite={citation.cite}
            onToggleBookmark={toggleBookmark}
            onContextMenu={partMenu.onContextMenu}
            menu={partMenu.element}
            parallel={parallel}
          />
        </div>
        <footer className="app-footer">
          <StatusLine announcement={announcement} onDismiss={dismiss} />
        </footer>
        <p className="visually-hidden" role="status">
          {search.announcement}
        </p>
        {reading.on && (
          <button type="button" className="leave-reading" onClick={reading.leave}>
            Leave reading mode <span className="key-hint">(Esc)</span>
          </button>
        )}
        <ExternalLinkGuard />
      </div>
      {exporter.element}
      {aboutOpen && <AboutDialog document={toc?.document ?? null} onClose={() => setAboutOpen(false)} />}
      {documentInfoOpen && toc && (
        <DocumentInfoDialog
          document={toc.document}
          contentHash={status?.integrity.actualHash ?? null}
          onClose={() => setDocumentInfoOpen(false)}
        />
      )}
    </>
  );
}
