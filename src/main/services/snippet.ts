import type { TextRange } from '../../shared/contract';

/** Longest snippet, in characters, before ellipses. */
export const SNIPPET_LENGTH = 180;

/** A cut of a text around its first match, with the match ranges moved into the cut. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/**
 * Cuts `text` to about `length` characters around its best passage, at word boundaries, marking
 * cuts with `…`: the stretch that shows the most different matched words (then the most matches),
 * earliest first. The words themselves are never altered: a snippet can be quoted.
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

/** Start of the range that opens the richest window of `length` characters (0 without ranges). */
function bestAnchor(text: string, ranges: TextRange[], length: number): number {
  let best = ranges[0]?.[0] ?? 0;
  let bestScore = -1;
  for (let i = 0; i < ranges.length; i++) {
    const [from] = ranges[i]!;
    const limit = from - Math.floor(length / 3) + length - 10;
    const words = new Set<string>();
    let count = 0;
    for (let j = i; j < ranges.length && ranges[j]![1] <= limit; j++) {
      words.add(text.slice(ranges[j]![0], ranges[j]![1]).toLowerCase());
      count++;
    }
    const score = words.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  return best;
}

function wordStartAfter(text: string, index: number): number {
  const space = text.indexOf(' ', index - 1);
  return space < 0 || space - index > 30 ? index : space + 1;
}

function wordEndBefore(text: string, index: number, floor: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= floor + 30 ? index : space;
}
