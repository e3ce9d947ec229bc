/**
 * The order of the passages a search found: Lunr's score (index-evaluator.ts) times the proximity
 * boost (proximity.ts) and the section heading boost (section-title-boost.ts), weighed by
 * ranking-weights.ts. Only the best `limit` are wanted, so the boosts are computed for the
 * passages that could reach them, not for every passage found: the `limit` best by Lunr's score
 * set a threshold, and a passage whose score times the largest possible boost stays below it is
 * never looked at (exact, since every boost is at least 1).
 */
import { topScored, type ScoredParagraphs } from './index-evaluator';
import { closeness } from './proximity';
import { contentWords, type QueryWord } from './query-words';
import type { RankingWeights } from './ranking-weights';
import { headingShare, type DocumentHeadings } from './section-title-boost';

/** What the ranking reads from a document's index: where a term stands in a passage, the passage's section, the headings. */
export interface RankedDocument extends DocumentHeadings {
  wordNumbers(term: string, field: string, ordinal: number): readonly number[];
  /** The id of the section a passage (by ordinal) belongs to. */
  sectionOf(ordinal: number): string;
}

/** A passage found, with its boosted score. */
export interface RankedPassage {
  ordinal: number;
  score: number;
}

/**
 * The `limit` best passages of `found`, best first (ties in reading order), each with its score
 * boosted for the query's `words` standing together and for its section heading holding them.
 */
export function rankPassages(
  found: ScoredParagraphs,
  limit: number,
  words: readonly QueryWord[],
  document: RankedDocument,
  weights: RankingWeights,
): RankedPassage[] {
  const content = contentWords(words);
  const proximity = content.length >= 2 ? weights.proximity : 0;
  const sectionTitle = content.length >= 1 ? weights.sectionTitle : 0;
  const initial = topScored(found, limit);
  if (proximity <= 0 && sectionTitle <= 0) return initial;

  const shares = new Map<string, number>();
  const boost = (ordinal: number): number => {
    let factor = 1;
    if (proximity > 0) factor *= 1 + proximity * closeness(content.map((word) => positions(word, ordinal, document)));
    if (sectionTitle > 0) {
      const section = document.sectionOf(ordinal);
      let share = shares.get(section);
      if (share === undefined) {
        share = headingShare(content, (stem) => document.wordNumbers(stem, 'title', ordinal).length > 0, document);
        shares.set(section, share);
      }
      factor *= 1 + sectionTitle * share;
    }
    return factor;
  };

  const ranked = initial.map(({ ordinal, score }) => ({ ordinal, score: score * boost(ordinal) }));
  if (found.ordinals.length > initial.length) {
    const threshold = Math.min(...ranked.map((passage) => passage.score));
    const largest = (1 + proximity) * (1 + sectionTitle);
    const seen = new Set(initial.map((passage) => passage.ordinal));
    const { ordinals, scores } = found;
    for (let i = 0; i < ordinals.length; i++) {
      const ordinal = ordinals[i]!;
      if (scores[i]! * largest < threshold || seen.has(ordinal)) continue;
      ranked.push({ ordinal, score: scores[i]! * boost(ordinal) });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
  return ranked.slice(0, limit);
}

/** A word's numbers in a passage's text, all its stems together (ascending). */
function positions(word: QueryWord, ordinal: number, document: RankedDocument): readonly number[] {
  if (word.stems.length === 1) return document.wordNumbers(word.stems[0]!, 'body', ordinal);
  return word.stems.flatMap((stem) => document.wordNumbers(stem, 'body', ordinal)).sort((a, b) => a - b);
}
