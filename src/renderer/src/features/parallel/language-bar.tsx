import { useRef, type ReactNode } from 'react';
import { languageLabel } from './translations';
import type { ParallelReading } from './use-parallel-reading';
import './parallel.css';

/**
 * The Languages bar above a document that is one language of a work with others: the language
 * it is read in, the language read beside it, Swap and Close. Nothing for a document that stands alone.
 */
export function LanguageBar({ parallel }: { parallel: ParallelReading }): ReactNode {
  const { languages, current, beside } = parallel;
  const besideChoice = useRef<HTMLSelectElement>(null);
  if (!current || languages.length < 2) return null;
  const besideId = beside ? documentOf(beside) : '';
  return (
    <div className={beside ? 'language-bar parallel' : 'language-bar'} role="group" aria-label="Languages">
      <label className="language-choice">
        <span>Language</span>
        <select value={current.id} onChange={(event) => parallel.switchLanguage(event.target.value)}>
          {languages.map((document) => (
            <option key={document.id} value={document.id}>
              {languageLabel(document.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="language-choice">
        <span>Read beside</span>
        <select
          ref={besideChoice}
          value={besideId}
          onChange={(event) => parallel.readBeside(event.target.value || null)}
        >
          <option value="">No other language</option>
          {languages
            .filter((document) => document.id !== current.id)
            .map((document) => (
              <option key={document.id} value={document.id}>
                {languageLabel(document.language)}
              </option>
            ))}
        </select>
      </label>
      {beside && (
        <>
          <button type="button" className="quiet-button" aria-label="Swap languages" onClick={parallel.swap}>
            Swap
          </button>
          <button
            type="button"
            className="quiet-button"
            aria-label="Close the second language"
            onClick={() => {
              parallel.close();
              // The button goes away with the column: the focus goes to where a language is chosen again.
              besideChoice.current?.focus();
            }}
          >
            Close
          </button>
        </>
      )}
    </div>
  );
}

function documentOf(beside: NonNullable<ParallelReading['beside']>): string {
  return beside.kind === 'section' ? beside.view.document.id : beside.document.id;
}
