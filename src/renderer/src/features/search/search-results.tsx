import type { ReactNode } from 'react';
import type { SearchHit, SearchResponse } from '../../../../shared/contract';
import { HighlightedText } from './highlighted-text';

interface SearchResultsProps {
  response: SearchResponse;
  onOpen: (hit: SearchHit) => void;
}

/** Hits grouped by section (in order of their best hit), each with a highlighted snippet. */
export function SearchResults({ response, onOpen }: SearchResultsProps): ReactNode {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of response.hits) {
    const key = `${hit.documentId}/${hit.sectionId}`;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const count = response.total === 1 ? '1 passage' : `${response.total} passages`;
  return (
    <section className="search-results" aria-label="Search results">
      <h2 className="sidebar-heading">Results</h2>
      <p className="search-summary" role="status">
        {response.total > 0 ? `${count} in ${groups.size} ${groups.size === 1 ? 'section' : 'sections'}` : 'No results'}
        {response.notice && <span className="search-notice"> {response.notice}</span>}
      </p>
      {[...groups.entries()].map(([key, hits]) => (
        <section key={key} className="result-group" aria-label={hits[0]!.sectionTitle}>
          <h3 className="result-group-title">
            {hits[0]!.sectionTitle} <span className="result-count">({hits.length})</span>
          </h3>
          <ul className="result-list">
            {hits.map((hit) => (
              <li key={hit.paragraphId}>
                <button type="button" className="result" onClick={() => onOpen(hit)}>
                  <span className="result-paragraph">¶ {hit.paragraphNumber}</span>
                  <span className="result-snippet">
                    <HighlightedText text={hit.snippet} ranges={hit.snippetRanges} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
