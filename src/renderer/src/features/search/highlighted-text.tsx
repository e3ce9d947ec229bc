import type { ReactNode } from 'react';
import type { TextRange } from '../../../../shared/contract';

interface HighlightedTextProps {
  text: string;
  ranges: readonly TextRange[];
  /** In the reading pane: the number of the passage these words belong to (omit for snippets and headings). */
  passage?: number | null;
  /** The words are in the passage the reader is on (next/previous passage). */
  current?: boolean;
}

/**
 * Renders `text` with the given ranges wrapped in <mark>; the text itself is never altered.
 * In the reading pane each mark carries its passage's number (`data-passage`), and the marks of
 * the current passage are marked as such.
 */
export function HighlightedText({ text, ranges, passage = null, current = false }: HighlightedTextProps): ReactNode {
  if (ranges.length === 0) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end]) => {
    if (start < at || end > text.length || start >= end) return;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={start} data-passage={passage ?? undefined} className={current ? 'current-hit' : undefined}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
