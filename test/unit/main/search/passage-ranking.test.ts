/**
 * The ranking's shortcut (passage-ranking.ts): boosts are computed only for passages that could
 * reach the best `limit`. Checked against boosting every passage found (a limit as large as the
 * number found), over random documents and scores: the same passages, scores and order.
 */
import { describe, expect, it } from 'vitest';
import type { ScoredParagraphs } from '../../../../src/main/search/index-evaluator';
import { rankPassages, type RankedDocument } from '../../../../src/main/search/passage-ranking';
import { DEFAULT_RANKING_WEIGHTS } from '../../../../src/main/search/ranking-weights';
import { seededRandom } from '../../../../scripts/bench/generate-library';

const STEMS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

/** A random document: each passage is words drawn from `STEMS`, each section's heading too. */
function randomDocument(random: () => number, passages: number, sections: number) {
  const draw = (length: number) => Array.from({ length }, () => STEMS[Math.floor(random() * STEMS.length)]!);
  const texts = Array.from({ length: passages }, () => draw(3 + Math.floor(random() * 20)));
  const headings = Array.from({ length: sections }, () => (random() < 0.3 ? [] : draw(1 + Math.floor(random() * 2))));
  const sectionOf = (ordinal: number) => ordinal % sections;
  const numbersIn = (words: string[], stem: string) => words.flatMap((word, i) => (word === stem ? [i] : []));
  const document: RankedDocument = {
    sections,
    sectionOf,
    headingsHolding: (stem) => headings.filter((heading) => heading.includes(stem)).length,
    headingHolds: (stem, section) => headings[section]!.includes(stem),
    wordNumbersOfAny: (stems, field) => (ordinal) =>
      field === 'body' ? stems.flatMap((stem) => numbersIn(texts[ordinal]!, stem)).sort((a, b) => a - b) : [],
  };
  const ordinals = Int32Array.from({ length: passages }, (_, i) => i);
  // Scores with ties (rounded), as Lunr gives passages alike.
  const found: ScoredParagraphs = {
    ordinals,
    scores: Float64Array.from(ordinals, () => Math.round(random() * 20) / 10 + 0.1),
  };
  return { document, found };
}

describe('rankPassages', () => {
  it('gives the best `limit` passages exactly as boosting every passage would', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 200; run++) {
      const { document, found } = randomDocument(random, 5 + Math.floor(random() * 150), 1 + Math.floor(random() * 12));
      const words = STEMS.filter(() => random() < 0.5).map((stem) => ({ stems: [stem], stopWord: random() < 0.2 }));
      const limit = 1 + Math.floor(random() * 30);
      const all = rankPassages(found, found.ordinals.length, words, document, DEFAULT_RANKING_WEIGHTS);
      expect(rankPassages(found, limit, words, document, DEFAULT_RANKING_WEIGHTS)).toEqual(all.slice(0, limit));
    }
  });

  it('with a floor, gives the best `limit` of those whose boosted score reaches it, as boosting every passage would', () => {
    const random = seededRandom(11);
    let cut = 0;
    for (let run = 0; run < 200; run++) {
      const { document, found } = randomDocument(random, 5 + Math.floor(random() * 150), 1 + Math.floor(random() * 12));
      const words = STEMS.filter(() => random() < 0.5).map((stem) => ({ stems: [stem], stopWord: random() < 0.2 }));
      const limit = 1 + Math.floor(random() * 30);
      const all = rankPassages(found, found.ordinals.length, words, document, DEFAULT_RANKING_WEIGHTS);
      // A floor among the boosted scores (sometimes one of them exactly, so that ties are kept).
      const floor = all[Math.floor(random() * all.length)]!.score * (random() < 0.5 ? 1 : 0.9);
      const reaching = all.filter((passage) => passage.score >= floor);
      if (reaching.length < Math.min(limit, all.length)) cut++;
      expect(rankPassages(found, limit, words, document, DEFAULT_RANKING_WEIGHTS, floor)).toEqual(
        reaching.slice(0, limit),
      );
    }
    expect(cut).toBeGreaterThan(20);
  });

  it('keeps Lunr’s scores and order when both boosts are 0', () => {
    const { document, found } = randomDocument(seededRandom(3), 40, 4);
    const words = STEMS.map((stem) => ({ stems: [stem], stopWord: false }));
    const ranked = rankPassages(found, 10, words, document, {
      ...DEFAULT_RANKING_WEIGHTS,
      proximity: 0,
      sectionTitle: 0,
    });
    const lunr = [...found.ordinals]
      .map((ordinal, i) => ({ ordinal, score: found.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
    expect(ranked).toEqual(lunr.slice(0, 10));
  });
});
