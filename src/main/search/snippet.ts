import type { TextRange } from '../../shared/contract';

/** Longest snippet, in characters, before ellipses. */
export const SNIPPET_LENGTH = 180;

/** A cut of a text around its first match, with the match ranges moved into the cut. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/**
 * Cuts `text` to about `length` characters around the first range, at word boundaries, marking
 * cuts with `…`. The words themselves are never altered: a snippet can be quoted.
 */
export function makeSnippet(text: string, ranges: TextRange[], length = SNIPPET_LENGTH): Snippet {
  if (text.length <= length) return { text, ranges };
  const first = bestAnchor(text, ranges, length);
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  if (start > 0) start = wordStartAfter(text, start);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = wordEndBefore(text, end, start);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): TextRange => [from + shift, to + shift]);
  return { text: prefix + text.slice(start, end) + suffix, ranges: inside };
}

/**
 * Where to centre the cut: at the match whose window shows the most different matched words
 * (then the most matches, then the earliest), so `special rapporteur` shows both words.
 */
function bestAnchor(text: string, ranges: TextRange[], length: number): number {
  let best = { anchor: ranges[0]?.[0] ?? 0, words: 0, count: 0 };
  for (const [anchor] of ranges) {
    const from = anchor - Math.floor(length / 3);
    const inside = ranges.filter(([start, end]) => start >= from && end <= from + length);
    const words = new Set(inside.map(([start, end]) => text.slice(start, end).toLowerCase())).size;
    if (words > best.words || (words === best.words && inside.length > best.count))
      best = { anchor, words, count: inside.length };
  }
  return best.anchor;
}

function wordStartAfter(text: string, index: number): number {
  const space = text.indexOf(' ', index - 1);
  return space < 0 || space - index > 30 ? index : space + 1;
}

function wordEndBefore(text: string, index: number, floor: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= floor + 30 ? index : space;
}
