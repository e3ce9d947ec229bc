import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { DocumentSummary, SectionView } from '../../../../shared/contract';
import { readerApi } from '../../reader-api';
import type { Route } from '../../app/route';
import type { GoOptions } from '../../app/use-hash-route';
import { paragraphAtTop } from '../position/use-position-memory';
import { samePlaceIn } from './keep-place';
import { languagesOf } from './translations';
import { useBesideLinks } from './use-beside-links';

/** The second language read beside the open section, once asked for. */
export type BesideText =
  | { kind: 'loading'; document: DocumentSummary }
  | { kind: 'section'; view: SectionView }
  /** The other language has no section with this id. */
  | { kind: 'missing'; document: DocumentSummary; sectionId: string };

/** Parallel reading: the open document's languages, the one read beside it, and the reader's moves. */
export interface ParallelReading {
  /** The open document's languages, itself included (library order); empty when it stands alone. */
  languages: DocumentSummary[];
  /** The open document. */
  current: DocumentSummary | null;
  /** What is read beside it, or null when nothing is. */
  beside: BesideText | null;
  /** Opens the same place in another language (the one beside, if it was that language, takes this one's place). */
  switchLanguage: (documentId: string) => void;
  /** Reads `documentId` beside the open section (null: nothing beside). */
  readBeside: (documentId: string | null) => void;
  /** Puts the language beside in front, and this one beside it. */
  swap: () => void;
  /** Stops reading a second language. */
  close: () => void;
}

/**
 * Parallel reading of a work's languages, with the second language in the address (`?beside=`).
 * Switching languages keeps the place: the same section id, and the same paragraph when both
 * sections have as many paragraphs (the one the address names, else the one at the top of the pane).
 */
export function useParallelReading(
  route: Route | null,
  go: (route: Route, options?: GoOptions) => void,
  documents: readonly DocumentSummary[],
  view: SectionView | null,
  pane: RefObject<HTMLElement | null>,
): ParallelReading {
  const documentId = route?.documentId ?? null;
  const languages = documentId ? languagesOf(documentId, documents) : [];
  const current = languages.find((document) => document.id === documentId) ?? null;
  // Only another language of the same work is read beside (a stray `?beside=` is ignored).
  const besideDocument = languages.find((document) => document.id === route?.beside && document.id !== documentId);
  const besideId = besideDocument?.id ?? null;
  const sectionId = view && view.document.id === documentId ? view.section.id : null;

  const [loaded, setLoaded] = useState<BesideText | null>(null);
  useEffect(() => {
    if (!besideId || !sectionId) return;
    let live = true;
    void readerApi()
      .getSection({ documentId: besideId, sectionId })
      .then((result) => {
        if (!live) return;
        if (result.ok) setLoaded({ kind: 'section', view: result.value });
        else {
          const document = documents.find((candidate) => candidate.id === besideId);
          if (document) setLoaded({ kind: 'missing', document, sectionId });
        }
      });
    return () => {
      live = false;
    };
  }, [besideId, sectionId, documents]);

  let beside: BesideText | null = null;
  if (besideDocument && sectionId) {
    // What was loaded last, if it is still what the address asks for.
    const shown =
      loaded?.kind === 'section'
        ? loaded.view.document.id === besideId && loaded.view.section.id === sectionId
        : loaded?.kind === 'missing' && loaded.document.id === besideId && loaded.sectionId === sectionId;
    beside = shown && loaded ? loaded : { kind: 'loading', document: besideDocument };
  }

  const placeHere = useCallback((): string | null => {
    if (route?.paragraphId) return route.paragraphId;
    return pane.current ? paragraphAtTop(pane.current) : null;
  }, [route, pane]);

  const goToLanguage = useCallback(
    async (target: string, besideAfter: string | null) => {
      if (!view || !route) return;
      const place = placeHere();
      const result = await readerApi().getSection({ documentId: target, sectionId: view.section.id });
      if (result.ok) {
        const paragraphId = samePlaceIn(view.section, place, result.value.section);
        go({ documentId: target, sectionId: view.section.id, paragraphId, beside: besideAfter });
        return;
      }
      // The other language lacks this section: its first one.
      const toc = await readerApi().getToc({ documentId: target });
      const first = toc.ok ? toc.value.sections[0] : undefined;
      if (first) go({ documentId: target, sectionId: first.id, paragraphId: null, beside: besideAfter });
    },
    [go, placeHere, route, view],
  );

  const switchLanguage = useCallback(
    (target: string) => {
      if (!documentId || target === documentId) return;
      void goToLanguage(target, besideId === target ? documentId : besideId);
    },
    [besideId, documentId, goToLanguage],
  );
  const readBeside = useCallback(
    (target: string | null) => {
      if (!route) return;
      go({ documentId: route.documentId, sectionId: route.sectionId, paragraphId: route.paragraphId, beside: target });
    },
    [go, route],
  );
  const swap = useCallback(() => {
    if (besideId && documentId) void goToLanguage(besideId, documentId);
  }, [besideId, documentId, goToLanguage]);
  const close = useCallback(() => readBeside(null), [readBeside]);

  useBesideLinks(route, go);
  return { languages, current, beside, switchLanguage, readBeside, swap, close };
}
