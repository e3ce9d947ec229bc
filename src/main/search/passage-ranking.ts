/**
 * The order of the passages a search found: Lunr's score (index-evaluator.ts) times the proximity
 * boost (proximity.ts) and the section heading boost (section-title-boost.ts), weighed by
 * ranking-weights.ts. Only the best `limit` are wanted, so the boosts are computed for the
 * passages that could still reach them, not for every passage found: the `limit` best by Lunr's
 * score are boosted first and set a bar (the worst of the best so far, raised as better ones come);
 * a passage whose score times the largest boost it could get stays below the bar is never looked
 * at. Exact: every boost is at least 1 and at most that largest one. Over several documents whose
 * best passages are merged, a `floor` (the worst of the best found in the documents ranked before)
 * skips the same way the passages that cannot reach it.
 */
import { topScored, type ScoredParagraphs } from './index-evaluator';
import { closeness } from './proximity';
import { contentWords, type QueryWord } from './query-words';
import type { RankingWeights } from './ranking-weights';
import { headingShare, largestHeadingShare, type DocumentHeadings } from './section-title-boost';

/** What the ranking reads from a document's index: where a term stands in a passage, the passage's section, the headings. */
export interface RankedDocument extends DocumentHeadings {
  /** Reads the word numbers of any of some terms in a field, per passage (ascending, all terms together). */
  wordNumbersOfAny(terms: readonly string[], field: string): (ordinal: number) => readonly number[];
  /** The index of the section (0 … sections − 1) a passage (by ordinal) belongs to. */
  sectionOf(ordinal: number): number;
  /** Whether the heading of a section (by its index) holds a stem. */
  headingHolds(stem: string, section: number): boolean;
}

/** A passage found, with its boosted score. */
export interface RankedPassage {
  ordinal: number;
  score: number;
}

/**
 * The `limit` best passages of `found`, best first (ties in reading order), each with its score
 * boosted for the query's `words` standing together and for its section heading holding them.
 * Passages whose boosted score is below `floor` are left out (they cannot reach the best already
 * found elsewhere), so fewer than `limit` may come back.
 */
export function rankPassages(
  found: ScoredParagraphs,
  limit: number,
  words: readonly QueryWord[],
  document: RankedDocument,
  weights: RankingWeights,
  floor = -Infinity,
): RankedPassage[] {
  const content = contentWords(words);
  const proximity = content.length >= 2 ? weights.proximity : 0;
  // The heading boost only where some heading holds a word of the query (for most queries, none).
  const largestShare = weights.sectionTitle > 0 ? largestHeadingShare(content, document) : 0;
  const sectionTitle = largestShare > 0 ? weights.sectionTitle : 0;
  const largest = (1 + proximity) * (1 + sectionTitle * largestShare);
  // The best by Lunr's score among those that could reach the floor (the rest are never boosted).
  const initial = topScored(found, limit, floor / largest);
  if (proximity <= 0 && sectionTitle <= 0) return initial;

  const shares = new Float64Array(document.sections).fill(-1);
  const positions: (readonly number[])[] = content.map(() => []);
  // Each word's numbers in a passage's text, all its stems together (made on first use).
  let readers: ((ordinal: number) => readonly number[])[] | undefined;
  const boost = (ordinal: number): number => {
    let factor = 1;
    if (proximity > 0) {
      readers ??= content.map((word) => document.wordNumbersOfAny(word.stems, 'body'));
      for (let i = 0; i < readers.length; i++) positions[i] = readers[i]!(ordinal);
      factor *= 1 + proximity * closeness(positions);
    }
    if (sectionTitle > 0) {
      const section = document.sectionOf(ordinal);
      if (shares[section]! < 0)
        shares[section] = headingShare(content, (stem) => document.headingHolds(stem, section), document);
      factor *= 1 + sectionTitle * shares[section]!;
    }
    return factor;
  };

  const best = new WorstFirst();
  // The score a passage must reach: the floor, and once `limit` are kept the worst of them.
  const bar = () => (best.size < limit ? floor : Math.max(floor, best.worst().score));
  for (const { ordinal, score } of initial) {
    if (score * largest < floor) continue;
    const boosted = score * boost(ordinal);
    if (boosted >= floor) best.push({ ordinal, score: boosted });
  }
  if (found.ordinals.length > initial.length) {
    const taken = new Set(initial.map((passage) => passage.ordinal));
    const { ordinals, scores } = found;
    for (let i = 0; i < ordinals.length; i++) {
      const ordinal = ordinals[i]!;
      if (scores[i]! * largest < bar() || taken.has(ordinal)) continue;
      const passage = { ordinal, score: scores[i]! * boost(ordinal) };
      if (passage.score < floor) continue;
      if (best.size < limit) best.push(passage);
      else if (better(passage, best.worst())) best.replaceWorst(passage);
    }
  }
  return best.items().sort((a, b) => (better(a, b) ? -1 : 1));
}

/** True when `a` ranks before `b`: a higher score, or the same score earlier in the document. */
function better(a: RankedPassage, b: RankedPassage): boolean {
  return a.score > b.score || (a.score === b.score && a.ordinal < b.ordinal);
}

/** The best passages so far, the worst of them on top (a binary heap). */
class WorstFirst {
  private readonly heap: RankedPassage[] = [];

  /** Adds a passage. */
  push(passage: RankedPassage): void {
    const heap = this.heap;
    heap.push(passage);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent]!, heap[at]!)) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  }

  /** How many passages are kept. */
  get size(): number {
    return this.heap.length;
  }

  /** The worst of the passages kept. */
  worst(): RankedPassage {
    return this.heap[0]!;
  }

  /** Puts a passage in the worst one's place. */
  replaceWorst(passage: RankedPassage): void {
    const heap = this.heap;
    heap[0] = passage;
    let at = 0;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
      if (worst === at) return;
      [heap[worst], heap[at]] = [heap[at]!, heap[worst]!];
      at = worst;
    }
  }

  /** The passages kept, in no order. */
  items(): RankedPassage[] {
    return [...this.heap];
  }
}
