import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { SearchHit, SearchResponse, SectionHighlights, SectionView } from '../../../../shared/contract';
import type { ReaderError } from '../../../../shared/result';
import type { Route } from '../../app/route';
import { readerApi } from '../../reader-api';
import { flatten, groupHits, hitKey } from './group-hits';
import { numberPassages, type PassageNumbers } from './passage-numbers';
import { DEFAULT_SCOPE, requestScope, scopeKey, type ScopeChoice } from './search-scope';
import { searchableQuery } from './searchable-query';
import { useSearch } from './use-search';

/** A section's hits of a search, with its passages numbered in reading order (next/previous and "passage n of m"). */
type NumberedHighlights = SectionHighlights & { passages: PassageNumbers };

/** Everything the search adds to the reader: the box, the results, and the hits in the reading pane. */
export interface SearchSession {
  query: string;
  setQuery: (query: string) => void;
  /** Where the reader chose to search ("Search in"): kept for the session, whatever the query. */
  scope: ScopeChoice;
  /** Chooses where to search; the query (if any) runs again there. */
  setScope: (scope: ScopeChoice) => void;
  response: SearchResponse | null;
  error: ReaderError | null;
  /** The box is not empty. */
  searching: boolean;
  /** The result Up/Down are on. */
  activeHit: SearchHit | null;
  /** Every hit of the opened search in the section shown, its passages numbered in reading order (null: none). */
  highlights: NumberedHighlights | null;
  /** The passage next/previous is on. */
  currentPassage: number | null;
  /** True once a result was opened: the reading pane shows its hits and "passage n of m". */
  opened: boolean;
  /** Where the reader was when the search began, if they have moved since. */
  origin: Route | null;
  /** The place a result was opened at from the search box: showing it must leave the focus in the box. */
  keepFocusAt: Route | null;
  /** A message for screen readers (hit n of m, where the reader went). */
  announcement: string;
  inputRef: RefObject<HTMLInputElement | null>;
  open: (hit: SearchHit, fromKeyboard?: boolean) => void;
  /** The next passage with hits (the `next-hit` command). */
  nextHit: () => void;
  previousHit: () => void;
  backToOrigin: () => void;
  clear: () => void;
  focusSearch: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Keys on the results list when it has the focus: Up/Down/Home/End choose, Enter opens, Escape goes back to the box. */
  onListKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The search session: results as the reader types, in the scope the reader chose (this document,
 * all, or one language; stale answers discarded by `useSearch`),
 * Up/Down/Enter in the results, every hit of the opened search highlighted in whatever section is
 * shown (fetched from main, so hits beyond the result limit are included), next/previous passage
 * with "passage n of m" (the unit the results count), and a way back to where the reader was before searching.
 */
export function useSearchSession(
  route: Route | null,
  go: (route: Route) => void,
  view: SectionView | null,
): SearchSession {
  const [query, setQueryState] = useState('');
  const [scope, setScope] = useState<ScopeChoice>(DEFAULT_SCOPE);
  // "This document" follows the document open in the reading pane.
  const openDocumentId = route?.documentId ?? null;
  const searchScope = useMemo(() => requestScope(scope, openDocumentId), [scope, openDocumentId]);
  const search = useSearch(query, searchScope);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [activeIn, setActiveIn] = useState(search.response);
  const [openedQuery, setOpenedQuery] = useState<string | null>(null);
  const [openCount, setOpenCount] = useState(0);
  const [openedKey, setOpenedKey] = useState<string | null>(null);
  const [found, setFound] = useState<{ query: string; scope: string; highlights: NumberedHighlights } | null>(null);
  const [passageIndex, setPassageIndex] = useState<number | null>(null);
  /** The part to bring into view once (the opened result's snippet); else the current passage's first hit is. */
  const [landing, setLanding] = useState<string | null>(null);
  const [origin, setOrigin] = useState<Route | null>(null);
  const [keepFocusAt, setKeepFocusAt] = useState<Route | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement | null>(null);
  /** The result just opened: its passage becomes current when the highlights arrive, and its snippet's part comes into view. */
  const target = useRef<{ place: Route; partId: string } | null>(null);
  const highlightTicket = useRef(0);

  const hits = useMemo(() => flatten(groupHits(search.response?.hits ?? [])), [search.response]);
  // New results: no result is chosen yet.
  if (activeIn !== search.response) {
    setActiveIn(search.response);
    setActiveIndex(-1);
  }

  const clear = useCallback(() => {
    setQueryState('');
    setOpenedQuery(null);
    setOpenedKey(null);
    setFound(null);
    setPassageIndex(null);
    setLanding(null);
    setOrigin(null);
    setActiveIndex(-1);
    target.current = null;
  }, []);

  const setQuery = useCallback(
    (next: string) => {
      if (next === '') return clear();
      if (query === '' && !origin) setOrigin(currentPlace(route));
      setQueryState(next);
    },
    [clear, query, origin, route],
  );

  // When the hits of a section arrive: the opened result's passage becomes current.
  const showHighlights = useEffectEvent((forQuery: string, forScope: string, value: SectionHighlights | null) => {
    if (!value || !view || value.sectionId !== view.section.id || value.documentId !== view.document.id)
      return setFound(null);
    const passages = numberPassages(view.section, value);
    setFound({ query: forQuery, scope: forScope, highlights: { ...value, passages } });
    const opened = target.current;
    const total = passages.total;
    if (opened && opened.place.documentId === value.documentId && opened.place.sectionId === value.sectionId) {
      target.current = null;
      const first = opened.place.paragraphId ? passages.passageOf(opened.place.paragraphId) : null;
      setPassageIndex(first ?? (total > 0 ? 0 : null));
      setLanding(first !== null ? opened.partId : null);
      setAnnouncement(
        total > 0
          ? `Passage ${(first ?? 0) + 1} of ${total} in ${view.section.title}.`
          : 'No passages with hits in this section.',
      );
    } else {
      setPassageIndex(null);
      setLanding(null);
      setAnnouncement(
        total > 0 ? `${count(total, 'passage')} with hits in this section.` : 'No passages with hits in this section.',
      );
    }
  });

  // The opened search's hits in the section shown (also after moving to another section), in the
  // scope of the results: the same words are marked, in whichever document the hit was opened.
  const documentId = view?.document.id;
  const sectionId = view?.section.id;
  const highlightScope = scopeKey(searchScope);
  useEffect(() => {
    const ticket = ++highlightTicket.current;
    if (openedQuery === null || !documentId || !sectionId) return;
    void readerApi()
      .highlightSection({ query: searchableQuery(openedQuery).query, documentId, sectionId, scope: searchScope })
      .then((result) => {
        if (ticket === highlightTicket.current)
          showHighlights(openedQuery, highlightScope, result.ok ? result.value : null);
      });
  }, [openedQuery, documentId, sectionId, openCount, searchScope, highlightScope]);

  // The hits shown: those of the opened search in the section on screen (none while the next ones load).
  const highlights =
    found !== null &&
    found.query === openedQuery &&
    found.scope === highlightScope &&
    found.highlights.documentId === documentId &&
    found.highlights.sectionId === sectionId
      ? found.highlights
      : null;
  const currentPassage = highlights ? passageIndex : null;

  // Keep the current passage's first hit in view (after opening a result: the first hit of its snippet's part).
  useEffect(() => {
    if (currentPassage === null) return;
    const first =
      (landing && document.querySelector(`[data-part="${landing}"] mark`)) ||
      document.querySelector(`mark[data-passage="${currentPassage}"]`);
    first?.scrollIntoView?.({ block: 'center' });
  }, [currentPassage, highlights, landing]);

  const open = useCallback(
    (hit: SearchHit, fromKeyboard = false) => {
      const place: Route = { documentId: hit.documentId, sectionId: hit.sectionId, paragraphId: hit.paragraphId };
      target.current = { place, partId: hit.snippetPartId };
      setOpenedQuery(query);
      setOpenCount((n) => n + 1);
      setOpenedKey(hitKey(hit));
      setKeepFocusAt(fromKeyboard ? place : null);
      const index = hits.findIndex((candidate) => hitKey(candidate) === hitKey(hit));
      if (index >= 0) setActiveIndex(index);
      go(place);
    },
    [go, hits, query],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      const total = highlights?.passages.total ?? 0;
      if (total === 0) {
        setAnnouncement(openedQuery === null ? 'Open a result first.' : 'No passages with hits in this section.');
        return;
      }
      const next = currentPassage === null ? (delta === 1 ? 0 : total - 1) : (currentPassage + delta + total) % total;
      const wrapped = currentPassage !== null && (delta === 1 ? next < currentPassage : next > currentPassage);
      setPassageIndex(next);
      setLanding(null);
      setAnnouncement(
        `Passage ${next + 1} of ${total}${wrapped ? (delta === 1 ? ', back at the first' : ', back at the last') : ''}.`,
      );
    },
    [currentPassage, highlights, openedQuery],
  );
  const nextHit = useCallback(() => step(1), [step]);
  const previousHit = useCallback(() => step(-1), [step]);

  const backToOrigin = useCallback(() => {
    if (!origin) return;
    const place = origin;
    clear();
    setKeepFocusAt(null);
    setAnnouncement('Back where you were before the search.');
    go(place);
  }, [clear, go, origin]);

  const focusSearch = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (hits.length === 0) return;
        event.preventDefault();
        setActiveIndex((index) =>
          event.key === 'ArrowDown' ? Math.min(index + 1, hits.length - 1) : Math.max(index - 1, 0),
        );
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const active = hits[activeIndex];
        const onOpened = openedQuery === query && openedKey !== null;
        if (event.shiftKey) {
          if (onOpened) previousHit();
        } else if (active && hitKey(active) !== openedKey) {
          open(active, true);
        } else if (onOpened) {
          nextHit();
        } else if (hits[0]) {
          open(active ?? hits[0], true);
        }
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (query !== '') setAnnouncement('Search cleared.');
        clear();
      }
    },
    [activeIndex, clear, hits, nextHit, open, openedKey, openedQuery, previousHit, query],
  );

  const onListKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (hits.length === 0) return;
      const moves: Record<string, (index: number) => number> = {
        ArrowDown: (index) => Math.min(index + 1, hits.length - 1),
        ArrowUp: (index) => Math.max(index - 1, 0),
        Home: () => 0,
        End: () => hits.length - 1,
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        setActiveIndex(move);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(hits[activeIndex] ?? hits[0]!);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        focusSearch();
      }
    },
    [activeIndex, focusSearch, hits, open],
  );

  return {
    query,
    setQuery,
    scope,
    setScope,
    response: search.response,
    error: search.error,
    searching: query.trim() !== '',
    activeHit: hits[activeIndex] ?? null,
    highlights,
    currentPassage,
    opened: openedQuery !== null,
    origin: origin && !samePlace(origin, route) ? origin : null,
    keepFocusAt,
    announcement,
    inputRef,
    open,
    nextHit,
    previousHit,
    backToOrigin,
    clear,
    focusSearch,
    onKeyDown,
    onListKeyDown,
  };
}

/** The route, with the first paragraph visible in the reading pane (where the reader is reading). */
function currentPlace(route: Route | null): Route | null {
  if (!route) return null;
  const pane = document.querySelector('.reading-pane');
  const top = pane?.getBoundingClientRect().top ?? 0;
  for (const paragraph of pane?.querySelectorAll<HTMLElement>('.paragraph[id]') ?? []) {
    const box = paragraph.getBoundingClientRect();
    if (box.height > 0 && box.bottom > top) return { ...route, paragraphId: paragraph.id };
  }
  return route;
}

function samePlace(a: Route, b: Route | null): boolean {
  return !!b && a.documentId === b.documentId && a.sectionId === b.sectionId && a.paragraphId === b.paragraphId;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
