import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type {
  AppCommand,
  AppStatus,
  BookmarkEntry,
  DocumentSummary,
  PartRef,
  SectionView,
  TableOfContents as Toc,
} from '../../../shared/contract';
import type { ReaderError } from '../../../shared/result';
import { AboutDialog } from '../features/about/about-dialog';
import { bookmarkSubject, BookmarksPanel } from '../features/bookmarks/bookmarks-panel';
import { useBookmarks, type ParagraphAddress } from '../features/bookmarks/use-bookmarks';
import { DocumentPicker } from '../features/browse/document-picker';
import { useExport } from '../features/export/use-export';
import { SectionReader } from '../features/browse/section-reader';
import { TableOfContents } from '../features/browse/table-of-contents';
import { ItemActions, ParagraphActions } from '../features/citation/part-actions';
import { PartMenu, type PartMenuItem } from '../features/citation/part-menu';
import { ReaderToolbar } from '../features/comfort/reader-toolbar';
import { useSettings } from '../features/comfort/use-settings';
import { NoticeList, StatusLine } from '../features/notices/status-line';
import { useAnnouncer } from '../features/notices/use-announcer';
import { useAppEvents } from '../features/notices/use-app-events';
import { usePositionMemory } from '../features/position/use-position-memory';
import { SearchBox } from '../features/search/search-box';
import { HitNavigator } from '../features/search/hit-navigator';
import { optionId, RESULTS_LIST_ID, SearchResults } from '../features/search/search-results';
import { useFindKeys } from '../features/search/use-find-keys';
import { useSearchSession } from '../features/search/use-search-session';
import { ExternalLinkGuard } from '../features/security/external-link-guard';
import { StatusNotices } from '../features/security/status-notices';
import { readerApi } from '../reader-api';
import { shortcutLabel } from './key-labels';
import { useCommandKeys } from './use-command-keys';
import { useHashRoute, type GoOptions } from './use-hash-route';
import { useReadingHistory } from './use-reading-history';

/** A paragraph or list item of the open section, found in the page. */
interface PagePart {
  partId: string;
  paragraphId: string;
  /** How the reader names it: "paragraph 3" or "item 2 of paragraph 4". */
  name: string;
}

/** The part holding `node` (a paragraph or list item of the reading pane), if any. */
function partOf(node: Node | null): PagePart | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const part = element?.closest<HTMLElement>('.reading-pane [data-part]');
  const paragraph = part?.closest<HTMLElement>('[data-paragraph]');
  if (!part || !paragraph) return null;
  const paragraphNumber = paragraph.getAttribute('aria-label')?.replace(/^Paragraph /, '') ?? '';
  const itemNumber = part === paragraph ? null : [...(part.parentElement?.children ?? [])].indexOf(part) + 1;
  return {
    partId: part.dataset.part!,
    paragraphId: paragraph.dataset.paragraph!,
    name: itemNumber ? `item ${itemNumber} of paragraph ${paragraphNumber}` : `paragraph ${paragraphNumber}`,
  };
}

/** The reader: header with search and controls, table of contents (or results, or bookmarks), and the reading pane. */
export function App(): ReactNode {
  const [route, go] = useHashRoute();
  const history = useReadingHistory();
  const { announcement, announce, dismiss } = useAnnouncer();
  const reportError = useCallback((problem: ReaderError) => announce(problem.message), [announce]);
  const comfort = useSettings(reportError);
  const bookmarks = useBookmarks(reportError);
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [toc, setToc] = useState<Toc | null>(null);
  const [view, setView] = useState<SectionView | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);
  const [sidebar, setSidebar] = useState<'contents' | 'bookmarks'>('contents');
  const [editingNote, setEditingNote] = useState<string | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [menu, setMenu] = useState<{ x: number; y: number; part: PagePart; selection: Range | null } | null>(null);
  const pane = useRef<HTMLElement>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const search = useSearchSession(route, go, view);
  useFindKeys(search);
  const exporter = useExport(toc, view?.section.id ?? null);

  useEffect(() => {
    void readerApi()
      .getStatus()
      .then((result) => result.ok && setStatus(result.value));
    void (async () => {
      const result = await readerApi().listDocuments();
      if (!result.ok) return setError(result.error);
      setDocuments(result.value);
      if (route) return;
      // Reopen where the reader left off; on a first start, at the first section of the first document.
      const saved = await readerApi().getReadingPosition();
      if (saved.ok && saved.value) return go(saved.value, { replace: true });
      const first = result.value[0];
      if (first) await openDocument(first.id, { replace: true });
    })();
    // Runs once: the initial route is decided at startup only.
  }, []);

  /** Opens the first section of a document. */
  const openDocument = async (id: string, options: GoOptions = {}): Promise<void> => {
    const result = await readerApi().getToc({ documentId: id });
    if (!result.ok) return setError(result.error);
    const section = result.value.sections[0];
    if (section) go({ documentId: id, sectionId: section.id, paragraphId: null }, options);
  };

  const documentId = route?.documentId;
  useEffect(() => {
    if (!documentId || toc?.document.id === documentId) return;
    void readerApi()
      .getToc({ documentId })
      .then((result) => (result.ok ? setToc(result.value) : setError(result.error)));
  }, [documentId, toc]);

  const sectionId = route?.sectionId;
  useEffect(() => {
    if (!documentId || !sectionId) return;
    void readerApi()
      .getSection({ documentId, sectionId })
      .then((result) => {
        setError(result.ok ? null : result.error);
        setView(result.ok ? result.value : null);
      });
  }, [documentId, sectionId]);

  usePositionMemory(view && route ? route : null, pane);

  const searching = search.searching;

  /** The part the reader means: the one with the focus, else the one holding the selection, else the target paragraph. */
  const currentPart = (): PagePart | null => {
    const selection = window.getSelection();
    const fromTarget = route?.paragraphId ? partOf(document.getElementById(route.paragraphId)) : null;
    return (
      partOf(document.activeElement) ??
      (selection && selection.rangeCount > 0 ? partOf(selection.anchorNode) : null) ??
      fromTarget
    );
  };
  const refOf = (part: PagePart): PartRef | null =>
    view ? { documentId: view.document.id, sectionId: view.section.id, partId: part.partId } : null;
  const addressOf = (paragraphId: string): ParagraphAddress | null =>
    view ? { documentId: view.document.id, sectionId: view.section.id, paragraphId } : null;

  const cite = async (part: PagePart): Promise<void> => {
    const ref = refOf(part);
    if (!ref) return;
    const result = await readerApi().copyCitation(ref);
    announce(result.ok ? `Copied ${part.name} with its citation.` : result.error.message);
  };
  /** Deletes a bookmark, offering Undo; `fromPanel`: the focused Delete button is about to disappear, so Undo takes the focus. */
  const deleteBookmark = async (entry: BookmarkEntry, fromPanel = false): Promise<void> => {
    const subject = bookmarkSubject(entry);
    if (editingNote === entry.bookmark.id) setEditingNote(null);
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
  const editNote = (bookmarkId: string): void => {
    search.setQuery('');
    setSidebar('bookmarks');
    setEditingNote(bookmarkId);
  };
  const toggleBookmark = async (paragraphId: string, name: string): Promise<void> => {
    const address = addressOf(paragraphId);
    if (!address) return;
    const existing = bookmarks.entryOf(address);
    if (existing) return deleteBookmark(existing);
    const added = await bookmarks.add(address);
    if (added) announce(`Bookmarked ${name}.`, { label: 'Add a note', run: () => editNote(added.bookmark.id) });
  };
  const exportBookmarks = async (): Promise<void> => {
    const result = await readerApi().exportBookmarks();
    if (!result.ok) return announce(result.error.message);
    if (result.value.saved)
      announce(
        `Saved ${result.value.count === 1 ? '1 bookmark' : `${result.value.count} bookmarks`} with notes as ${result.value.fileName}.`,
      );
  };
  const showBookmarks = (): void => {
    search.setQuery('');
    setSidebar((current) => (current === 'bookmarks' && !searching ? 'contents' : 'bookmarks'));
  };
  const stepText = (step: -1 | 0 | 1): void => {
    comfort.stepTextSize(step);
  };
  const noPart = (): void =>
    announce(
      `Move to a paragraph first (click in it, or Tab to its buttons), then press ${shortcutLabel('Ctrl+Shift+C')} again.`,
    );

  const run = (command: AppCommand): void => {
    switch (command) {
      case 'go-back':
        return history.back();
      case 'go-forward':
        return history.forward();
      case 'find': {
        const input = document.getElementById('search-input');
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
        return;
      }
      case 'copy-citation': {
        const part = currentPart();
        return part ? void cite(part) : noPart();
      }
      case 'toggle-bookmark': {
        const part = currentPart();
        const paragraph = part && partOf(document.getElementById(part.paragraphId));
        return paragraph ? void toggleBookmark(paragraph.paragraphId, paragraph.name) : noPart();
      }
      case 'show-bookmarks':
        return showBookmarks();
      case 'export-bookmarks':
        return void exportBookmarks();
      case 'text-larger':
        return stepText(1);
      case 'text-smaller':
        return stepText(-1);
      case 'text-reset':
        return stepText(0);
      case 'theme-system':
        return comfort.setTheme('system');
      case 'theme-light':
        return comfort.setTheme('light');
      case 'theme-dark':
        return comfort.setTheme('dark');
      case 'show-about':
        return setAboutOpen(true);
    }
  };
  useCommandKeys(run);
  useAppEvents(run, (message) =>
    setNotices((current) => (current.includes(message) ? current : [...current, message])),
  );

  const openMenu = (event: MouseEvent): void => {
    const part = partOf(event.target as Node);
    if (!part) return;
    event.preventDefault();
    const selection = window.getSelection();
    const range =
      selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    // The Menu key or Shift+F10 open it at the focused element, not at the pointer.
    const anchor =
      event.clientX === 0 && event.clientY === 0 ? (event.target as Element).getBoundingClientRect() : null;
    setMenu({
      x: anchor ? anchor.left + 16 : event.clientX,
      y: anchor ? anchor.top + 16 : event.clientY,
      part,
      selection: range,
    });
  };
  const menuItems = (part: PagePart, selection: Range | null): PartMenuItem[] => {
    const paragraph = partOf(document.getElementById(part.paragraphId));
    const entry = view
      ? bookmarks.entryOf({ documentId: view.document.id, sectionId: view.section.id, paragraphId: part.paragraphId })
      : undefined;
    return [
      ...(selection
        ? [
            {
              label: 'Copy',
              run: () => {
                const current = window.getSelection();
                current?.removeAllRanges();
                current?.addRange(selection);
                document.execCommand('copy');
              },
            },
          ]
        : []),
      { label: `Copy ${part.name} with citation`, run: () => void cite(part) },
      entry
        ? { label: `Remove bookmark from ${paragraph?.name ?? 'paragraph'}`, run: () => void deleteBookmark(entry) }
        : {
            label: `Bookmark ${paragraph?.name ?? 'paragraph'}`,
            run: () => void toggleBookmark(part.paragraphId, paragraph?.name ?? 'the paragraph'),
          },
      {
        label: entry?.bookmark.note ? 'Edit note…' : 'Add a note…',
        run: () => {
          if (entry) return editNote(entry.bookmark.id);
          const address = addressOf(part.paragraphId);
          if (address) void bookmarks.add(address).then((added) => added && editNote(added.bookmark.id));
        },
      },
    ];
  };

  const entryOfParagraph = (paragraphId: string): BookmarkEntry | undefined => {
    const address = addressOf(paragraphId);
    return address ? bookmarks.entryOf(address) : undefined;
  };

  return (
    <>
      <div className="app" inert={aboutOpen}>
        <header className="app-header">
          <div className="app-title">
            <h1>{toc?.document.title ?? 'Offline Reference Reader'}</h1>
            {toc && <p className="issuer">{toc.document.issuer}</p>}
          </div>
          <SearchBox
            query={search.query}
            onChange={search.setQuery}
            inputRef={search.inputRef}
            listId={search.response && search.response.hits.length > 0 ? RESULTS_LIST_ID : null}
            activeOptionId={search.activeHit ? optionId(search.activeHit) : null}
            onKeyDown={search.onKeyDown}
          />
          <ReaderToolbar
            canGoBack={history.canGoBack}
            canGoForward={history.canGoForward}
            onBack={history.back}
            onForward={history.forward}
            bookmarksShown={sidebar === 'bookmarks' && !searching}
            bookmarkCount={bookmarks.entries.length}
            onToggleBookmarks={showBookmarks}
            textScale={comfort.settings.textScale}
            onTextSize={stepText}
            theme={comfort.settings.theme}
            onTheme={comfort.setTheme}
            onAbout={() => setAboutOpen(true)}
          />
        </header>
        <NoticeList
          notices={notices}
          onDismiss={(notice) => setNotices((current) => current.filter((candidate) => candidate !== notice))}
        />
        {status && <StatusNotices status={status} />}
        <div className="app-body">
          <aside
            className="sidebar"
            aria-label={searching ? 'Search results' : sidebar === 'bookmarks' ? 'Bookmarks' : 'Contents'}
          >
            {searching && !search.error && (
              <SearchResults
                response={search.response}
                activeHit={search.activeHit}
                onOpen={(hit) => search.open(hit)}
                onKeyDown={search.onListKeyDown}
              />
            )}
            {searching && search.error && (
              <p className="search-error" role="alert">
                {search.error.message}
              </p>
            )}
            {!searching && sidebar === 'bookmarks' && (
              <BookmarksPanel
                entries={bookmarks.entries}
                editingId={editingNote}
                onEdit={setEditingNote}
                onSaveNote={(id, note) => {
                  void bookmarks.setNote(id, note).then((saved) => {
                    if (!saved) return;
                    setEditingNote(null);
                    announce(note.trim() === '' ? 'Removed the note.' : 'Saved the note.');
                  });
                }}
                onDelete={(entry) => void deleteBookmark(entry, true)}
                onExport={() => void exportBookmarks()}
              />
            )}
            {!searching && sidebar === 'contents' && (
              <DocumentPicker
                documents={documents}
                currentDocumentId={documentId ?? null}
                onOpen={(id) => void openDocument(id)}
              />
            )}
            {!searching && sidebar === 'contents' && toc && (
              <TableOfContents toc={toc} currentSectionId={route?.sectionId ?? null} />
            )}
          </aside>
          <main className="reading-pane" ref={pane} onContextMenu={openMenu}>
            {error && (
              <div className="error" role="alert">
                <h2>This passage cannot be shown</h2>
                <p>{error.message}</p>
              </div>
            )}
            {view && !error && search.opened && (
              <HitNavigator
                total={search.highlights ? search.highlights.numbers.total : null}
                current={search.currentHit}
                onPrevious={search.previousHit}
                onNext={search.nextHit}
                onBack={search.origin ? search.backToOrigin : null}
              />
            )}
            {view && !error && (
              <SectionReader
                view={view}
                targetParagraphId={route?.paragraphId ?? null}
                highlights={search.highlights?.parts ?? []}
                titleRanges={search.highlights?.titleRanges}
                hitNumbers={search.highlights?.numbers}
                currentHit={search.currentHit}
                focusTarget={
                  !(
                    search.keepFocusAt !== null &&
                    search.keepFocusAt.sectionId === route?.sectionId &&
                    search.keepFocusAt.paragraphId === (route?.paragraphId ?? null)
                  )
                }
                actions={exporter.sectionAction}
                renderParagraphExtras={(paragraph) => {
                  const entry = entryOfParagraph(paragraph.id);
                  const name = `paragraph ${paragraph.number}`;
                  return (
                    <ParagraphActions
                      paragraph={paragraph}
                      bookmarked={entry !== undefined}
                      note={entry?.bookmark.note || null}
                      onCite={() => void cite({ partId: paragraph.id, paragraphId: paragraph.id, name })}
                      onToggleBookmark={() => void toggleBookmark(paragraph.id, name)}
                    />
                  );
                }}
                renderItemExtras={(item, paragraph) => (
                  <ItemActions
                    item={item}
                    paragraph={paragraph}
                    onCite={() =>
                      void cite({
                        partId: item.id,
                        paragraphId: paragraph.id,
                        name: `item ${item.number} of paragraph ${paragraph.number}`,
                      })
                    }
                  />
                )}
              />
            )}
            {menu && (
              <PartMenu
                label={`Actions for ${menu.part.name}`}
                x={menu.x}
                y={menu.y}
                items={menuItems(menu.part, menu.selection)}
                onClose={closeMenu}
              />
            )}
          </main>
        </div>
        <footer className="app-footer">
          <StatusLine announcement={announcement} onDismiss={dismiss} />
        </footer>
        <p className="visually-hidden" role="status">
          {search.announcement}
        </p>
        <ExternalLinkGuard />
      </div>
      {exporter.element}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </>
  );
}
