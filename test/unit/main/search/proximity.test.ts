/**
 * The proximity boost: how close the query's words stand (proximity.ts), and what it does to a
 * search: of two passages holding the same words, the one where they stand together comes first,
 * and only because of the boost (with its weight at 0 the two tie and reading order decides).
 */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { closeness, nearestDistance, PROXIMITY_WINDOW } from '../../../../src/main/search/proximity';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from '../../../../src/main/search/ranking-weights';
import { SearchService } from '../../../../src/main/search/search-service';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

describe('nearestDistance', () => {
  it('is the gap to the nearest following occurrence, one more when the second word comes first', () => {
    expect(nearestDistance([3], [4])).toBe(1);
    expect(nearestDistance([4], [3])).toBe(2);
    expect(nearestDistance([0, 10, 20], [7, 23])).toBe(3);
    expect(nearestDistance([0, 10, 20], [12, 30])).toBe(2);
  });

  it('is Infinity when either word is absent, and never counts one word as two (same number)', () => {
    expect(nearestDistance([], [1])).toBe(Infinity);
    expect(nearestDistance([1], [])).toBe(Infinity);
    expect(nearestDistance([5], [5])).toBe(Infinity);
  });
});

describe('closeness', () => {
  it('is 1 for words that follow each other as typed, less the further apart, 0 past the window', () => {
    expect(PROXIMITY_WINDOW).toBe(4);
    expect(closeness([[2], [3]])).toBe(1);
    expect(closeness([[2], [4]])).toBe(0.75);
    expect(closeness([[2], [6]])).toBe(0.25);
    expect(closeness([[2], [7]])).toBe(0);
    expect(closeness([[3], [2]])).toBe(0.75);
  });

  it('averages over each word and the next, a missing word scoring 0 for its pairs', () => {
    expect(closeness([[0], [1], [2]])).toBe(1);
    expect(closeness([[0], [1], [9]])).toBe(0.5);
    expect(closeness([[0], [], [1]])).toBe(0);
  });

  it('is 0 with fewer than two words (nothing to stand next to)', () => {
    expect(closeness([])).toBe(0);
    expect(closeness([[1, 2, 3]])).toBe(0);
  });
});

describe('in a search', () => {
  // Two passages with the same words, as many times each, and as long: Lunr scores them alike.
  const reader = openTempReader({
    'trade.md': sourceDocument('trade', 'Trade', [
      {
        title: 'Tariffs',
        paragraphs: [
          'Fishing rights came first; the ministers then discussed quotas.',
          'The ministers discussed fishing quotas first; then came rights.',
        ],
      },
    ]),
  });
  const serviceWith = (weights: RankingWeights) => {
    const { corpus, shards } = loadCorpus(reader.corpusDir);
    return new SearchService(shards, new CorpusStore(corpus), {}, weights);
  };
  const hits = (service: SearchService, query: string) => {
    const result = service.search(query);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.hits;
  };
  const order = (service: SearchService, query: string) => hits(service, query).map((hit) => hit.paragraphId);

  it('ranks the passage where the words stand together above the one where they are scattered', () => {
    expect(order(serviceWith(DEFAULT_RANKING_WEIGHTS), 'fishing quotas')).toEqual(['p2', 'p1']);
    expect(order(serviceWith(DEFAULT_RANKING_WEIGHTS), 'fishing rights')).toEqual(['p1', 'p2']);
  });

  it('ties them without the boost: reading order decides', () => {
    const without = serviceWith({ ...DEFAULT_RANKING_WEIGHTS, proximity: 0 });
    expect(order(without, 'fishing quotas')).toEqual(['p1', 'p2']);
    const [first, second] = hits(without, 'fishing quotas');
    expect(first!.score).toBe(second!.score);
  });
});
