import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppStatus, DocumentSummary, SectionView, TableOfContents as Toc } from '../../../shared/contract';
import type { ReaderError } from '../../../shared/result';
import { DocumentPicker } from '../features/browse/document-picker';
import { SectionReader } from '../features/browse/section-reader';
import { TableOfContents } from '../features/browse/table-of-contents';
import { useExport } from '../features/export/use-export';
import { SearchBox } from '../features/search/search-box';
import { HitNavigator } from '../features/search/hit-navigator';
import { optionId, RESULTS_LIST_ID, SearchResults } from '../features/search/search-results';
import { useFindKeys } from '../features/search/use-find-keys';
import { useSearchSession } from '../features/search/use-search-session';
import { ExternalLinkGuard } from '../features/security/external-link-guard';
import { StatusNotices } from '../features/security/status-notices';
import { readerApi } from '../reader-api';
import { useHashRoute } from './use-hash-route';

/** The reader: header with search, table of contents (or results), and the reading pane. */
export function App(): ReactNode {
  const [route, go] = useHashRoute();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [toc, setToc] = useState<Toc | null>(null);
  const [view, setView] = useState<SectionView | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);
  const search = useSearchSession(route, go, view);
  useFindKeys(search);
  const exporter = useExport(toc, view?.section.id ?? null);

  useEffect(() => {
    void readerApi().getStatus().then((result) => result.ok && setStatus(result.value));
    void readerApi()
      .listDocuments()
      .then((result) => {
        if (!result.ok) return setError(result.error);
        setDocuments(result.value);
        const first = result.value[0];
        if (!route && first) void openDocument(first.id);
      });
    // Runs once: the initial route is decided at startup only.
  }, []);

  /** Opens the first section of a document. */
  const openDocument = async (id: string): Promise<void> => {
    const result = await readerApi().getToc({ documentId: id });
    if (!result.ok) return setError(result.error);
    const section = result.value.sections[0];
    if (section) go({ documentId: id, sectionId: section.id, paragraphId: null });
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

  const searching = search.searching;
  // The reading pane does not change while the reader types: keep it out of each keystroke's render.
  const paragraphId = route?.paragraphId ?? null;
  const reading = useMemo(
    () =>
      view && !error ? (
        <SectionReader
          view={view}
          targetParagraphId={paragraphId}
          highlights={search.highlights?.parts ?? []}
          titleRanges={search.highlights?.titleRanges}
          hitNumbers={search.highlights?.numbers}
          currentHit={search.currentHit}
          focusTarget={!search.keepFocusInSearch}
          actions={exporter.sectionAction}
        />
      ) : null,
    [view, error, paragraphId, search.highlights, search.currentHit, search.keepFocusInSearch, exporter.sectionAction],
  );

  return (
    <div className="app">
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
      </header>
      {status && <StatusNotices status={status} />}
      <div className="app-body">
        <aside className="sidebar">
          {searching && !search.error && (
            <SearchResults response={search.response} activeHit={search.activeHit} onOpen={(hit) => search.open(hit)} onKeyDown={search.onListKeyDown} />
          )}
          {searching && search.error && (
            <p className="search-error" role="alert">
              {search.error.message}
            </p>
          )}
          {!searching && <DocumentPicker documents={documents} currentDocumentId={documentId ?? null} onOpen={(id) => void openDocument(id)} />}
          {!searching && toc && <TableOfContents toc={toc} currentSectionId={route?.sectionId ?? null} />}
        </aside>
        <main className="reading-pane">
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
          {reading}
        </main>
      </div>
      <p className="visually-hidden" role="status">
        {search.announcement}
      </p>
      <ExternalLinkGuard />
      {exporter.element}
    </div>
  );
}
