import { useLayoutEffect, type KeyboardEvent, type ReactNode } from 'react';
import type { DocumentSummary, SearchHit, SearchResponse } from '../../../../shared/contract';
import { displayTitle } from '../../../../shared/document-title';
import { languageName, textDirection } from '../../../../shared/language-script';
import type { ReaderError } from '../../../../shared/result';
import { groupHits, hitKey, type DocumentHitGroup } from './group-hits';
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
  /** The library's documents, for the title of each group of results. */
  documents: readonly DocumentSummary[];
  /** The hit Up/Down are on. */
  activeHit: SearchHit | null;
  onOpen: (hit: SearchHit) => void;
  /** Keys on the list itself (it is also a tab stop: Up/Down/Enter work there too). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * Hits grouped by document (its title and language heading the group), then by section, each in
 * order of its best hit, each with a highlighted snippet, as a listbox the search box drives (and
 * a tab stop of its own, with the same keys). Each document's group is marked with its language
 * (`lang`, `dir`), so screen readers, fonts and right-to-left text follow. Its summary is a live
 * region, mounted before the first answer arrives so that every count is announced.
 */
export function SearchResults({
  response,
  error = null,
  documents,
  activeHit,
  onOpen,
  onKeyDown,
}: SearchResultsProps): ReactNode {
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
        {error ? error.message : response === null ? 'Searching…' : summary(response, groups)}
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
          {groups.map((group) => {
            const title = titleOf(group, documents);
            const language = languageName(group.language);
            return (
              <div
                key={group.documentId}
                role="group"
                aria-label={`${title} (${language}): ${count(group.hitCount, 'passage')}`}
                className="result-document"
                data-document={group.documentId}
                lang={group.language}
                dir={textDirection(group.language)}
              >
                <div className="result-document-title" aria-hidden="true">
                  {title}{' '}
                  <span className="result-language" lang="en" dir="ltr">
                    {language}
                  </span>
                </div>
                {group.sections.map((section) => (
                  <div
                    key={section.key}
                    role="group"
                    aria-label={`${section.sectionTitle}: ${count(section.hits.length, 'passage')}`}
                    className="result-group"
                  >
                    <div className="result-group-title" aria-hidden="true">
                      {section.sectionTitle} <span className="result-count">{section.hits.length}</span>
                    </div>
                    {section.hits.map((hit) => (
                      <div
                        key={hit.paragraphId}
                        id={optionId(hit)}
                        role="option"
                        aria-selected={hitKey(hit) === active}
                        className="result"
                        onClick={() => onOpen(hit)}
                      >
                        <span className="result-paragraph">¶ {hit.paragraphNumber}</span>
                        <span className="result-snippet" lang={hit.language} dir={textDirection(hit.language)}>
                          <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
                        </span>
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

/** "12 passages in 5 sections", and "of 3 documents" when the results span several. */
function summary(response: SearchResponse, groups: readonly DocumentHitGroup[]): string {
  if (response.total === 0) return 'No results.';
  const sections = groups.reduce((sum, group) => sum + group.sections.length, 0);
  const spread = groups.length > 1 ? ` of ${count(groups.length, 'document')}` : '';
  const shown = response.hits.length < response.total ? ` (the best ${response.hits.length} shown)` : '';
  return `${count(response.total, 'passage')} in ${count(sections, 'section')}${spread}${shown}.`;
}

/** A group's heading: the document's one-line title (its id while the library list is not there yet). */
function titleOf(group: DocumentHitGroup, documents: readonly DocumentSummary[]): string {
  const document = documents.find((candidate) => candidate.id === group.documentId);
  return document ? displayTitle(document) : group.documentId;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
