/**
 * Two ranking weights, each pinned by queries over the bundled statement whose best first
 * result was judged by hand (the judgement is written beside each query):
 *   - the `title` field's boost (src/main/search/search-index.ts), which weighs a `title:` word
 *     against words of the passage text;
 *   - the stop-word weight (src/main/search/ranking-weights.ts), which lets `not`, `on`, `the`…
 *     count a little, never as much as the words around them.
 * The index is built here, from the source document, so a changed weight shows without a rebuild.
 * Each weight has one query that fails when it is lowered and one that fails when it is raised;
 * the stop-word weight, passed to the search service, is also set here to 0 and to 1 to show it.
 * (The proximity and section heading boosts: ranking-judged.test.ts, proximity.test.ts,
 * section-title-boost.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { DEFAULT_RANKING_WEIGHTS } from '../../../../src/main/search/ranking-weights';
import { SearchService } from '../../../../src/main/search/search-service';
import type { SearchResponse } from '../../../../src/shared/contract';
import { DOCUMENTS_DIR, STATEMENT_ID } from '../../../support/paths';
import { openTempReader } from '../../../support/temp-corpus';

let reader: ReturnType<typeof openTempReader>;

beforeAll(() => {
  // The statement alone: the queries were judged over it (the library's other documents would add their own hits).
  const sources = readdirSync(DOCUMENTS_DIR).filter((name) => name === `${STATEMENT_ID}.md`);
  reader = openTempReader(
    Object.fromEntries(sources.map((name) => [name, readFileSync(join(DOCUMENTS_DIR, name), 'utf8')])),
  );
});
afterAll(() => reader.remove());

const TREATY_BODIES = 'cooperation-with-human-rights-treaty-bodies';
const COUNCIL = 'cooperation-with-the-human-rights-council-mechanisms';

async function search(query: string): Promise<SearchResponse> {
  const result = await reader.api.search({ query });
  if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
  return result.value;
}

/** The text of a hit's paragraph, list items included, as the reader sees it. */
function passageText(hit: SearchResponse['hits'][number]): string {
  const paragraph = reader.services.store
    .getSection(hit.documentId, hit.sectionId)!
    .section.paragraphs.find((candidate) => candidate.id === hit.paragraphId)!;
  return [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n');
}

describe('the heading boost: a title: word against the words of a passage', () => {
  it('puts the passages under the heading asked for before a word mentioned in passing (fails when the boost is lowered)', async () => {
    // No passage under "Cooperation with human rights treaty bodies" speaks of violations; the word
    // occurs only once each inside two long passages about something else (politicization, the
    // special procedures). The heading the reader named is the better answer.
    const response = await search('title:treaty violations');
    expect(response.notice).toMatch(/best partial matches/);
    expect(response.hits.some((hit) => /violations/.test(passageText(hit)))).toBe(true);
    expect(response.hits[0]!.sectionId).toBe(TREATY_BODIES);
  });

  it('puts the one short passage about a word before passages that only sit under the heading (fails when the boost is raised)', async () => {
    // "recommendations" is what one short passage is about (the 266 recommendations of the third
    // UPR cycle): that passage answers the reader better than the treaty-bodies passages, which
    // match the heading only.
    const response = await search('title:treaty recommendations');
    expect(response.notice).toMatch(/best partial matches/);
    expect(response.hits.some((hit) => hit.sectionId === TREATY_BODIES)).toBe(true);
    const [first] = response.hits;
    expect([first!.sectionId, first!.paragraphId]).toEqual([COUNCIL, 'p2']);
    expect(passageText(first!)).toMatch(/received 266 recommendations/);
  });
});

describe('the stop-word weight: words like "not" and "on" count, a little', () => {
  it('finds the passage that says "have not visited" before the one that invites a visit (fails when stop words weigh too little)', async () => {
    // `visited` and `visit` share a stem: only `have` and `not` (stop words) tell the passage the
    // reader quotes from the Office's "invited the High Commissioner to pay a visit".
    const response = await search('have not visited');
    expect(response.hits.map(passageText).some((text) => /pay a visit/.test(text))).toBe(true);
    expect(passageText(response.hits[0]!)).toMatch(/have not visited such problematic countries/);
  });

  it('finds "statements on human rights" before a list that repeats "on" nine times (fails when stop words weigh too much)', async () => {
    // The list of special rapporteurs ("Special rapporteur on …", nine items) holds `on` nine
    // times; the passage holding the words as typed is the better answer.
    const response = await search('on human rights');
    const first = passageText(response.hits[0]!);
    expect(first).toMatch(/statements on human rights issues/);
    expect(response.hits.some((hit) => (passageText(hit).match(/\bon\b/gi) ?? []).length >= 9)).toBe(true);
  });
});

describe('the stop-word weight, set by hand', () => {
  /** The first passage's text for a query, searched with a stop-word weight of `stopWord`. */
  function firstWith(stopWord: number, query: string): string {
    const { corpus, shards } = loadCorpus(reader.corpusDir);
    const service = new SearchService(shards, new CorpusStore(corpus), {}, { ...DEFAULT_RANKING_WEIGHTS, stopWord });
    const result = service.search(query);
    if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
    return passageText(result.value.hits[0]!);
  }

  it('at 0 (stop words not counted) loses "have not visited" to the passage that invites a visit', () => {
    expect(DEFAULT_RANKING_WEIGHTS.stopWord).toBeGreaterThan(0);
    expect(firstWith(DEFAULT_RANKING_WEIGHTS.stopWord, 'have not visited')).toMatch(/have not visited/);
    expect(firstWith(0, 'have not visited')).toMatch(/pay a visit/);
  });

  it('at 1 (a stop word weighs as much as any word) loses "on human rights" to the list that repeats "on"', () => {
    expect(DEFAULT_RANKING_WEIGHTS.stopWord).toBeLessThan(1);
    expect(firstWith(DEFAULT_RANKING_WEIGHTS.stopWord, 'on human rights')).toMatch(/statements on human rights/);
    expect((firstWith(1, 'on human rights').match(/\bon\b/gi) ?? []).length).toBeGreaterThanOrEqual(9);
  });
});
