import type { ReactNode } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../../../../shared/contract/user';
import { commandHint } from '../../app/command-hint';
import './comfort.css';

// Short names: the header stays one row in a narrow window; the label says what they choose.
const THEME_NAMES: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

interface ReaderToolbarProps {
  canGoBack: boolean;
  canGoForward: boolean;
  onBack: () => void;
  onForward: () => void;
  readingMode: boolean;
  onReadingMode: () => void;
  textScale: number;
  onTextSize: (step: -1 | 0 | 1) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onAbout: () => void;
  /** Opens Document info; null while no document is open. */
  onDocumentInfo: (() => void) | null;
}

/** The header's controls: history, text size, theme, reading mode, Document info, About. Every one works by keyboard. */
export function ReaderToolbar(props: ReaderToolbarProps): ReactNode {
  return (
    <div className="reader-toolbar" role="group" aria-label="Reader controls">
      <button
        type="button"
        aria-label="Back"
        {...commandHint('go-back')}
        disabled={!props.canGoBack}
        onClick={props.onBack}
      >
        ←
      </button>
      <button
        type="button"
        aria-label="Forward"
        {...commandHint('go-forward')}
        disabled={!props.canGoForward}
        onClick={props.onForward}
      >
        →
      </button>
      <span className="separator" />
      <button type="button" {...commandHint('text-smaller')} onClick={() => props.onTextSize(-1)}>
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <button
        type="button"
        aria-label={`Text size ${Math.round(props.textScale * 100)}%, reset`}
        {...commandHint('text-reset')}
        onClick={() => props.onTextSize(0)}
      >
        {Math.round(props.textScale * 100)}%
      </button>
      <button type="button" {...commandHint('text-larger')} onClick={() => props.onTextSize(1)}>
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
      <label>
        <span className="visually-hidden">Theme</span>
        <select value={props.theme} onChange={(event) => props.onTheme(event.target.value as ThemeChoice)}>
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {THEME_NAMES[choice]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="reading-mode-button"
        aria-pressed={props.readingMode}
        {...commandHint('reading-mode')}
        onClick={props.onReadingMode}
      >
        <span aria-hidden="true">⤢</span>
        <span className="visually-hidden">Reading mode</span>
      </button>
      <button
        type="button"
        className="document-info-button"
        aria-label="Document info"
        {...commandHint('show-document-info')}
        disabled={props.onDocumentInfo === null}
        onClick={() => props.onDocumentInfo?.()}
      >
        <span className="info-mark" aria-hidden="true">
          i
        </span>
      </button>
      <button type="button" onClick={props.onAbout}>
        About
      </button>
    </div>
  );
}
