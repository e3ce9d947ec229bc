import type { ReactNode } from 'react';
import type { TextRange } from '../../../../shared/contract';

/** Renders `text` with the given ranges wrapped in <mark>; the text itself is never altered. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }): ReactNode {
  if (ranges.length === 0) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
