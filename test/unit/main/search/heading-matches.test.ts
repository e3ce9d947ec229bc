/**
 * Passages found through their section heading (heading-matches.ts), on a small document searched
 * through the real services: a heading that holds a word few headings hold stands in for the
 * query's words it holds, for passages whose text holds another of them; never with the heading
 * boost off, never for a heading that holds only words every heading holds, never past an
 * excluded word.
 */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from '../../../../src/main/search/ranking-weights';
import { SearchService } from '../../../../src/main/search/search-service';
import type { SearchResponse } from '../../../../src/shared/contract';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

const reader = openTempReader({
  'sea.md': sourceDocument('sea', 'The sea', [
    { title: 'Trade cooperation', paragraphs: ['Fisheries quotas came up once in the trade talks.'] },
    {
      title: 'Fisheries cooperation',
      paragraphs: ['The quotas for cod were agreed.', 'Research vessels share their data.', 'Quotas for herring too.'],
    },
    { title: 'Science cooperation', paragraphs: ['Quotas of research time were shared.'] },
  ]),
});

function search(query: string, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): SearchResponse {
  const { corpus, shards } = loadCorpus(reader.corpusDir);
  const result = new SearchService(shards, new CorpusStore(corpus), {}, weights).search(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The passages a search finds, each showing a word of the query highlighted. */
function found(query: string, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): string[] {
  const { hits } = search(query, weights);
  for (const hit of hits) expect(hit.highlights.length, `${hit.sectionId}/${hit.paragraphId}`).toBeGreaterThan(0);
  return hits.map((hit) => `${hit.sectionId}/${hit.paragraphId}`).sort();
}

describe('passages found through their section heading', () => {
  it('finds the passages under a heading that holds a word the text lacks, if the text holds another', () => {
    expect(found('fisheries quotas')).toEqual([
      'fisheries-cooperation/p1',
      'fisheries-cooperation/p3',
      'trade-cooperation/p1',
    ]);
  });

  it('finds only passages holding every word with the heading boost off', () => {
    expect(found('fisheries quotas', { ...DEFAULT_RANKING_WEIGHTS, sectionTitle: 0 })).toEqual([
      'trade-cooperation/p1',
    ]);
  });

  it('lets no heading stand in when it holds only words every heading holds', () => {
    // "cooperation" is in every heading: no passage has both words, and the search says so.
    expect(search('cooperation quotas').notice).toMatch(/No passage holds all of these words/);
    expect(found('trade quotas')).toEqual(['trade-cooperation/p1']);
  });

  it('keeps excluded words out', () => {
    expect(found('fisheries quotas -cod')).toEqual(['fisheries-cooperation/p3', 'trade-cooperation/p1']);
  });
});
