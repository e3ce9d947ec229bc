import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { keysOf } from '../../app/command-hint';

/** What the reader can type, as the help popover lists it (src/main/search/query-parser.ts). */
const SYNTAX: readonly [string, string][] = [
  ['treaty bodies', 'passages with all the words first; if none has them all, the best partial matches'],
  ['"human rights council"', 'the words in this order'],
  ['+UPR -Western', 'must contain UPR, must not contain Western'],
  ['rapport*', 'words starting with rapport'],
  ['belief~1', 'words one letter away (~2: two)'],
  ['title:treaty', 'only in section headings'],
];

/**
 * A small popover explaining the query language: a button with `aria-expanded`, a non-modal
 * dialog that Escape (or a click elsewhere) closes, giving focus back to the button.
 */
export function SearchHelp(): ReactNode {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent): void => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  return (
    <div
      className="search-help"
      ref={wrapper}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="search-help-button"
        aria-expanded={open}
        aria-controls={`${id}-popover`}
        aria-label="Search syntax help"
        onClick={() => setOpen((shown) => !shown)}
      >
        ?
      </button>
      {open && (
        <div
          id={`${id}-popover`}
          className="search-help-popover"
          role="dialog"
          aria-modal="false"
          aria-labelledby={`${id}-title`}
        >
          <h2 id={`${id}-title`}>How to search</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">You type</th>
                <th scope="col">It finds</th>
              </tr>
            </thead>
            <tbody>
              {SYNTAX.map(([example, meaning]) => (
                <tr key={example}>
                  <td>
                    <code>{example}</code>
                  </td>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Case, accents, curly apostrophes and hyphens do not matter; <em>rights</em> also finds <em>right</em>. When
            nothing matches exactly, words one letter away are tried, and the results say so.
          </p>
          <p>
            Keys: Up/Down choose a result, Enter opens it; Enter or {keysOf('next-hit')} next passage, Shift+Enter or{' '}
            {keysOf('previous-hit')} previous; Escape clears; {keysOf('find')} returns to the search box.
          </p>
        </div>
      )}
    </div>
  );
}
