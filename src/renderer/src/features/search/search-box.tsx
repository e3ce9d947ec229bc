import type { ReactNode } from 'react';

interface SearchBoxProps {
  query: string;
  onChange: (query: string) => void;
}

/** The search field: labelled, clears with Escape. */
export function SearchBox({ query, onChange }: SearchBoxProps): ReactNode {
  return (
    <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        Search the document
      </label>
      <input
        id="search-input"
        type="search"
        placeholder="Search the document"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
      />
    </form>
  );
}
