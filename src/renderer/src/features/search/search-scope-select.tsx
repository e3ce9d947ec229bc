import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { scopeOfValue, scopeOptions, scopeValue, type ScopeChoice } from './search-scope';

interface SearchScopeSelectProps {
  /** The library's documents (their languages make the language entries). */
  documents: readonly DocumentSummary[];
  scope: ScopeChoice;
  onChange: (scope: ScopeChoice) => void;
}

/**
 * The "Search in" list at the top of the Results panel: this document, all documents, or one
 * language of the library. A native `<select>`, so every platform's keyboard and screen reader
 * handle it as they always do. Not shown while the library holds a single document (there is
 * nothing to choose then).
 */
export function SearchScopeSelect({ documents, scope, onChange }: SearchScopeSelectProps): ReactNode {
  if (documents.length < 2) return null;
  return (
    <div className="labelled-select search-scope">
      <label htmlFor="search-scope">Search in</label>
      <select
        id="search-scope"
        value={scopeValue(scope)}
        onChange={(event) => onChange(scopeOfValue(event.target.value))}
      >
        {scopeOptions(documents).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
