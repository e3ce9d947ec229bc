import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { commandHint, keysOf } from '../../app/command-hint';
import { markSearchInput } from './keystroke-timing';
import { SearchHelp } from './search-help';
import './search.css';

interface SearchBoxProps {
  query: string;
  onChange: (query: string) => void;
  /** The input, for Ctrl/Cmd+F. */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Id of the results list the box drives, when it is shown. */
  listId?: string | null;
  /** Id of the result Up/Down are on (`aria-activedescendant`). */
  activeOptionId?: string | null;
  /** Keys the search session handles (Up/Down/Enter/Escape); Escape clears when it does not. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The search field, labelled, with its keyboard help and the query-language popover. Focus stays
 * here while Up/Down move through the results (`aria-activedescendant`).
 */
export function SearchBox({
  query,
  onChange,
  inputRef,
  listId = null,
  activeOptionId = null,
  onKeyDown,
}: SearchBoxProps): ReactNode {
  return (
    <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
      {/* "Search", not "Search the document": with a library the box searches where "Search in" says. */}
      <label htmlFor="search-input" className="visually-hidden">
        Search
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-keys"
        aria-keyshortcuts={commandHint('find')['aria-keyshortcuts']}
        aria-autocomplete="list"
        aria-controls={listId ?? undefined}
        aria-activedescendant={activeOptionId ?? undefined}
        value={query}
        onChange={(event) => {
          markSearchInput();
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (!event.defaultPrevented && event.key === 'Escape') onChange('');
        }}
      />
      <p id="search-keys" className="visually-hidden">
        Results appear as you type. Up and Down arrows choose a result, Enter opens it. Then Enter or{' '}
        {keysOf('next-hit')} goes to the next passage with hits, Shift+Enter or {keysOf('previous-hit')} to the previous
        one. Escape clears the search. {keysOf('find')} comes back here.
      </p>
      <SearchHelp />
    </form>
  );
}
