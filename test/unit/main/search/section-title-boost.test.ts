/**
 * The section heading boost: how much a heading holds the query's words, each word counting by how
 * few headings hold it (section-title-boost.ts), and what it does to a search: of two passages
 * alike, the one under the heading the reader typed comes first, and only because of the boost.
 */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import type { QueryWord } from '../../../../src/main/search/query-words';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from '../../../../src/main/search/ranking-weights';
import {
  headingShare,
  largestHeadingShare,
  type DocumentHeadings,
} from '../../../../src/main/search/section-title-boost';
import { SearchService } from '../../../../src/main/search/search-service';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

const word = (...stems: string[]): QueryWord => ({ stems, stopWord: false });

describe('headingShare', () => {
  // Five sections; `treati` is in one heading, `right` in four, `council` in one.
  const holding: Record<string, number> = { treati: 1, right: 4, council: 1 };
  const headings: DocumentHeadings = { sections: 5, headingsHolding: (stem) => holding[stem] ?? 0 };
  const heading =
    (...stems: string[]) =>
    (stem: string) =>
      stems.includes(stem);

  it('is 1 when the heading holds every word and no other heading holds any of them', () => {
    expect(headingShare([word('treati')], heading('treati', 'right'), headings)).toBe(1);
  });

  it('counts a word most headings hold for next to nothing, a word the heading lacks for nothing', () => {
    const common = headingShare([word('right')], heading('treati', 'right'), headings);
    expect(common).toBeCloseTo((Math.log(5 / 4) / Math.log(5)) ** 2, 10);
    expect(common).toBeLessThan(0.05);
    expect(headingShare([word('council')], heading('treati', 'right'), headings)).toBe(0);
  });

  it('averages over the words, a word standing for several stems counting when the heading holds one', () => {
    expect(headingShare([word('treati'), word('council')], heading('treati'), headings)).toBe(0.5);
    expect(headingShare([word('treaty', 'treati')], heading('treati'), headings)).toBe(1);
  });

  it('is at most what a heading holding every word would get (the bound the ranking skips passages with)', () => {
    const query = [word('treati'), word('right'), word('nowhere')];
    const largest = largestHeadingShare(query, headings);
    expect(largest).toBeCloseTo((1 + (Math.log(5 / 4) / Math.log(5)) ** 2) / 3, 10);
    expect(headingShare(query, heading('treati', 'right'), headings)).toBe(largest);
    expect(headingShare(query, heading('right'), headings)).toBeLessThan(largest);
    expect(largestHeadingShare([word('nowhere')], headings)).toBe(0);
  });

  it('is 0 without words, and in a document of one section (a heading then tells nothing apart)', () => {
    expect(headingShare([], heading('treati'), headings)).toBe(0);
    expect(headingShare([word('treati')], heading('treati'), { sections: 1, headingsHolding: () => 1 })).toBe(0);
  });
});

describe('in a search', () => {
  // The same passage under two headings; a third heading shares the word "cooperation" with the first two.
  const passage = 'The fisheries agreement was signed after long talks on cooperation.';
  const reader = openTempReader({
    'sea.md': sourceDocument('sea', 'The sea', [
      { title: 'Trade cooperation', paragraphs: [passage] },
      { title: 'Fisheries cooperation', paragraphs: [passage] },
      { title: 'Scientific cooperation', paragraphs: ['Research vessels share their data.'] },
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
  const sections = (service: SearchService, query: string) => hits(service, query).map((hit) => hit.sectionId);

  it('ranks the passage under the heading the reader typed above the same words elsewhere', () => {
    expect(sections(serviceWith(DEFAULT_RANKING_WEIGHTS), 'fisheries')).toEqual([
      'fisheries-cooperation',
      'trade-cooperation',
    ]);
    expect(sections(serviceWith(DEFAULT_RANKING_WEIGHTS), 'fisheries agreement')[0]).toBe('fisheries-cooperation');
  });

  it('ties them without the boost (reading order decides), and for a word every heading holds', () => {
    const without = serviceWith({ ...DEFAULT_RANKING_WEIGHTS, sectionTitle: 0 });
    expect(sections(without, 'fisheries')).toEqual(['trade-cooperation', 'fisheries-cooperation']);
    const [first, second] = hits(serviceWith(DEFAULT_RANKING_WEIGHTS), 'cooperation');
    expect([first!.sectionId, second!.sectionId]).toEqual(['trade-cooperation', 'fisheries-cooperation']);
    expect(first!.score).toBe(second!.score);
  });

  it('never lets a `title:` word count twice: it weighs the heading through the index already', () => {
    const withBoost = hits(serviceWith(DEFAULT_RANKING_WEIGHTS), 'title:fisheries agreement');
    const without = hits(serviceWith({ ...DEFAULT_RANKING_WEIGHTS, sectionTitle: 0 }), 'title:fisheries agreement');
    expect(withBoost.map((hit) => [hit.sectionId, hit.score])).toEqual(
      without.map((hit) => [hit.sectionId, hit.score]),
    );
  });
});
