import type { ReactNode } from 'react';
import { commandHint } from '../../app/command-hint';

interface HitNavigatorProps {
  /** Passages with hits in the section shown (null while they load). */
  total: number | null;
  current: number | null;
  onPrevious: () => void;
  onNext: () => void;
  /** Shown when there is somewhere to go back to. */
  onBack: (() => void) | null;
}

/** "Passage n of m" for the opened search in the reading pane, previous/next passage, and the way back. */
export function HitNavigator({ total, current, onPrevious, onNext, onBack }: HitNavigatorProps): ReactNode {
  const position =
    total === null
      ? 'Finding hits…'
      : total === 0
        ? 'No hits in this section'
        : `Passage ${current === null ? '–' : current + 1} of ${total}`;
  return (
    <div className="hit-navigator" role="group" aria-label="Hits in this section">
      <button
        type="button"
        onClick={onPrevious}
        disabled={!total}
        aria-label="Previous passage"
        {...commandHint('previous-hit', 'Shift+Enter in the search box')}
      >
        ‹ Previous
      </button>
      <span className="hit-position">{position}</span>
      <button
        type="button"
        onClick={onNext}
        disabled={!total}
        aria-label="Next passage"
        {...commandHint('next-hit', 'Enter in the search box')}
      >
        Next ›
      </button>
      {onBack && (
        <button type="button" className="hit-back" onClick={onBack}>
          ↩ Back to where you were
        </button>
      )}
    </div>
  );
}
