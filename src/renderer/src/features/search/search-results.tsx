import { useLayoutEffect, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit, SearchResponse } from '../../../../shared/contract';
import type { ReaderError } from '../../../../shared/result';
import { groupHits, hitKey } from './group-hits';
import { HighlightedText } from './highlighted-text';
import { measureResultsRendered } from './keystroke-timing';

/** Id of the results list (the search box's `aria-controls`). */
export const RESULTS_LIST_ID = 'search-results-list';

/** DOM id of a result option (the search box's `aria-activedescendant`). */
export function optionId(hit: SearchHit): string {
  return `result-${hitKey(hit).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

interface SearchResultsProps {
  /** The latest answer, or null while the first one is on its way (or when the query could not be run). */
  response: SearchResponse | null;
  /** Why the query could not be run, in words for the reader (shown calmly, in place of the count). */
  error?: ReaderError | null;
  /** The hit Up/Down are on. */
  activeHit: SearchHit | null;
  onOpen: (hit: SearchHit) => void;
  /** Keys on the list itself (it is also a tab stop: Up/Down/Enter work there too). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * Hits grouped by section (in order of their best hit), each with a highlighted snippet, as a
 * listbox the search box drives (and a tab stop of its own, with the same keys). Its summary is a live region, mounted before the first answer
 * arrives so that every count is announced.
 */
export function SearchResults({ response, error = null, activeHit, onOpen, onKeyDown }: SearchResultsProps): ReactNode {
  const groups = response ? groupHits(response.hits) : [];
  useLayoutEffect(() => {
    if (response) measureResultsRendered(response.query);
  }, [response]);
  const active = activeHit ? hitKey(activeHit) : null;
  useLayoutEffect(() => {
    if (activeHit) document.getElementById(optionId(activeHit))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit]);

  return (
    <section className="search-results" aria-label="Search results">
      <h2 className="sidebar-heading">Results</h2>
      <p className="search-summary" role="status">
        {error ? error.message : response === null ? 'Searching…' : summary(response, groups.length)}
        {!error && response?.notice && <span className="search-notice"> {response.notice}</span>}
      </p>
      {groups.length > 0 && (
        <div
          role="listbox"
          id={RESULTS_LIST_ID}
          aria-label="Results"
          className="result-list"
          tabIndex={0}
          aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
          onKeyDown={onKeyDown}
        >
          {groups.map((group) => (
            <div
              key={group.key}
              role="group"
              aria-label={`${group.sectionTitle}: ${count(group.hits.length, 'passage')}`}
              className="result-group"
            >
              <div className="result-group-title" aria-hidden="true">
                {group.sectionTitle} <span className="result-count">{group.hits.length}</span>
              </div>
              {group.hits.map((hit) => (
                <div
                  key={hit.paragraphId}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={hitKey(hit) === active}
                  className="result"
                  onClick={() => onOpen(hit)}
                >
                  <span className="result-paragraph">¶ {hit.paragraphNumber}</span>
                  <span className="result-snippet">
                    <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
                  </span>
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function summary(response: SearchResponse, sections: number): string {
  if (response.total === 0) return 'No results.';
  const shown = response.hits.length < response.total ? ` (the best ${response.hits.length} shown)` : '';
  return `${count(response.total, 'passage')} in ${count(sections, 'section')}${shown}.`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
