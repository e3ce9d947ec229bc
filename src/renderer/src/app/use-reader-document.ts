import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { DocumentSummary, SectionView, TableOfContents } from '../../../shared/contract';
import type { ReaderError } from '../../../shared/result';
import { readerApi } from '../reader-api';
import type { GoOptions } from './use-hash-route';
import type { Route } from './route';

/** What the reader has open: the library, the document's table of contents and the section shown. */
export interface ReaderDocument {
  documents: DocumentSummary[];
  toc: TableOfContents | null;
  view: SectionView | null;
  /** Why the library or the section cannot be shown (null when it can). */
  error: ReaderError | null;
  /** Opens the first section of a document. */
  openDocument: (documentId: string, options?: GoOptions) => Promise<void>;
}

/**
 * Loads what the route names: the library once, the table of contents when the document changes,
 * the section when the section changes (answers to an older route are dropped). At startup without
 * an address it reopens where the reader left off, or the first section of the first document.
 */
export function useReaderDocument(
  route: Route | null,
  go: (route: Route, options?: GoOptions) => void,
): ReaderDocument {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [toc, setToc] = useState<TableOfContents | null>(null);
  const [view, setView] = useState<SectionView | null>(null);
  const [error, setError] = useState<ReaderError | null>(null);

  const openDocument = useCallback(
    async (documentId: string, options: GoOptions = {}) => {
      const result = await readerApi().getToc({ documentId });
      if (!result.ok) return setError(result.error);
      const section = result.value.sections[0];
      if (section) go({ documentId, sectionId: section.id, paragraphId: null }, options);
    },
    [go],
  );

  // Without an address, the initial place is decided once: where the reader left off, else the first document.
  const openInitialPlace = useEffectEvent(async (library: DocumentSummary[]) => {
    if (route) return;
    const saved = await readerApi().getReadingPosition();
    if (saved.ok && saved.value) return go(saved.value, { replace: true });
    const first = library[0];
    if (first) await openDocument(first.id, { replace: true });
  });
  useEffect(() => {
    let current = true;
    void readerApi()
      .listDocuments()
      .then((result) => {
        if (!current) return;
        if (!result.ok) return setError(result.error);
        setDocuments(result.value);
        void openInitialPlace(result.value);
      });
    return () => {
      current = false;
    };
  }, []);

  const documentId = route?.documentId;
  const tocShown = toc?.document.id;
  useEffect(() => {
    if (!documentId || tocShown === documentId) return;
    let current = true;
    void readerApi()
      .getToc({ documentId })
      .then((result) => {
        if (!current) return;
        if (result.ok) setToc(result.value);
        else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, [documentId, tocShown]);

  const sectionId = route?.sectionId;
  useEffect(() => {
    if (!documentId || !sectionId) return;
    let current = true;
    void readerApi()
      .getSection({ documentId, sectionId })
      .then((result) => {
        if (!current) return;
        setError(result.ok ? null : result.error);
        setView(result.ok ? result.value : null);
      });
    return () => {
      current = false;
    };
  }, [documentId, sectionId]);

  return { documents, toc, view, error, openDocument };
}
