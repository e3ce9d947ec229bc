import type { ReactNode } from 'react';
import type { TextRange } from '../../../../shared/contract';

interface HighlightedTextProps {
  text: string;
  ranges: readonly TextRange[];
  /** Number of the first range among all hits of the page (reading pane); omit for snippets. */
  firstHit?: number;
  /** Number of the hit the reader is on (next/previous hit), if it is in this text. */
  currentHit?: number | null;
}

/**
 * Renders `text` with the given ranges wrapped in <mark>; the text itself is never altered.
 * In the reading pane each mark carries its hit number (`data-hit`), and the current one is marked.
 */
export function HighlightedText({ text, ranges, firstHit, currentHit = null }: HighlightedTextProps): ReactNode {
  if (ranges.length === 0) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start < at || end > text.length || start >= end) return;
    if (start > at) pieces.push(text.slice(at, start));
    const hit = firstHit === undefined ? undefined : firstHit + i;
    const current = hit !== undefined && hit === currentHit;
    pieces.push(
      <mark
        key={start}
        data-hit={hit}
        className={current ? 'current-hit' : undefined}
        aria-current={current ? 'true' : undefined}
      >
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
