/**
 * Search behaviour the bundled statement does not exercise, on documents written by the test and
 * built with the real corpus build: Unicode hyphens, other scripts, hits beyond the result limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../../src/shared/contract';
import { TRUSTED_SENDER } from '../../../support/reader-services';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

let reader: ReturnType<typeof openTempReader>;

const HYPHENS = {
  'co-operation': 'The States pursued technical co-operation with the Office.',
  'co‐operation': 'Regional co\u2010operation with the treaty bodies continued.', // U+2010 HYPHEN
  'co‑operation': 'Judicial co\u2011operation was strengthened.', // U+2011 NON-BREAKING HYPHEN
  cooperation: 'International cooperation in good faith.',
};

beforeAll(() => {
  reader = openTempReader({
    'hyphens.md': sourceDocument('hyphens', 'Hyphens', [
      { title: 'Spellings of cooperation', paragraphs: Object.values(HYPHENS) },
      { title: 'Unrelated', paragraphs: ['Nothing about it here.', 'Operations of the secretariat.'] },
    ]),
    'scripts.md': sourceDocument('scripts', 'Other scripts', [
      { title: 'Права человека', paragraphs: ['Беларусь уважает права человека.', 'Café au lait, naïve façade.'] },
    ]),
    'long.md': sourceDocument('long', 'A long section', [
      {
        title: 'Many mentions',
        paragraphs: Array.from(
          { length: 80 },
          (_, i) => `Paragraph ${i + 1} names the ombudsperson ${i % 3 === 0 ? 'twice: ombudsperson' : 'once'}.`,
        ),
      },
      { title: 'Elsewhere', paragraphs: ['The ombudsperson again.'] },
    ]),
    'lists.md': sourceDocument('lists', 'Lists', [
      {
        title: 'Pledges',
        paragraphs: [
          {
            text: 'The Government pledged to protect',
            items: ['children in alternative care;', 'older persons living alone.'],
          },
          'It pledged to protect children from violence.',
        ],
      },
    ]),
  });
});
afterAll(() => reader?.remove());

async function search(query: string, limit?: number): Promise<SearchResponse> {
  const result = await reader.api.search({ query, ...(limit ? { limit } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const hitTexts = (response: SearchResponse) =>
  response.hits.map(
    (hit) =>
      reader.services.store
        .getSection(hit.documentId, hit.sectionId)!
        .section.paragraphs.find((p) => p.id === hit.paragraphId)!.text,
  );

describe('Unicode hyphens, folded the same way at index and query time', () => {
  it('every spelling of co-operation finds every spelling in the text', async () => {
    for (const query of ['cooperation', 'co-operation', 'co\u2010operation', 'co\u2011operation', 'CO-OPERATION']) {
      const response = await search(query);
      expect(hitTexts(response).sort()).toEqual(Object.values(HYPHENS).sort());
      // The whole hyphenated word is marked, whatever the hyphen.
      for (const hit of response.hits) {
        const marked = hit.snippetRanges.map(([from, to]) => hit.snippet.slice(from, to));
        expect(marked.map((text) => text.replace(/[-\u2010\u2011]/u, '').toLowerCase())).toEqual(['cooperation']);
      }
    }
  });

  it('a part of the pair finds it too (operation), and a phrase matches across spellings', async () => {
    expect(hitTexts(await search('operation')).length).toBe(4);
    expect(hitTexts(await search('"regional cooperation with"'))).toEqual([HYPHENS['co‐operation']]);
    expect(hitTexts(await search('"technical co\u2010operation"'))).toEqual([HYPHENS['co-operation']]);
  });

  it('typing the word finds it at every keystroke', async () => {
    // `co` is a word of the text (the first part of co-operation): while typed, it is taken as that word.
    expect(hitTexts(await search('co')).sort()).toEqual(
      Object.values(HYPHENS)
        .filter((text) => /co\W/u.test(text))
        .sort(),
    );
    // While the word is still incomplete, its start is completed against the words as written in the
    // text (at least the unhyphenated spelling); the whole word finds every spelling.
    for (const typed of ['coo', 'coop', 'coope', 'cooper', 'coopera', 'cooperat', 'cooperati', 'cooperatio']) {
      expect(hitTexts(await search(typed))).toContain(HYPHENS.cooperation);
    }
    expect(hitTexts(await search('cooperation')).sort()).toEqual(Object.values(HYPHENS).sort());
  });
});

describe('phrases, checked from the word numbers the index keeps', () => {
  it('match inside a paragraph or one list item, never across the break between them', async () => {
    expect(hitTexts(await search('"protect children"'))).toEqual(['It pledged to protect children from violence.']);
    // Across the break, the words are found only once the phrase is relaxed, and the reader is told.
    const across = await search('"alternative care older"');
    expect(across.notice).toMatch(/No passage has “alternative care older” in this order/);
    expect(hitTexts(await search('"older persons living"'))).toEqual(['The Government pledged to protect']);
    // Excluding the phrase keeps the passage that has its words apart.
    expect(hitTexts(await search('protect children -"protect children"'))).toEqual([
      'The Government pledged to protect',
    ]);
  });
});

describe('other scripts and diacritics', () => {
  it('finds Cyrillic words, stemmed or not, in text and heading', async () => {
    expect(hitTexts(await search('права'))).toEqual(['Беларусь уважает права человека.']);
    expect((await search('title:человека')).hits.length).toBe(2);
  });

  it('finds accented words typed without accents, and the other way round', async () => {
    for (const query of ['cafe naive facade', 'CAFÉ NAÏVE FAÇADE'])
      expect(hitTexts(await search(query))).toEqual(['Café au lait, naïve façade.']);
  });
});

describe('every hit of a section, for the reading pane (search:highlights)', () => {
  it('returns every matching paragraph of the section, beyond the search limit, in reading order', async () => {
    const limited = await search('ombudsperson', 5);
    expect(limited.hits.length).toBe(5);
    expect(limited.total).toBe(81);
    const result = await reader.dispatch(TRUSTED_SENDER, 'search:highlights', {
      query: 'ombudsperson',
      documentId: 'long',
      sectionId: 'many-mentions',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const highlights = result.value as {
      parts: { partId: string; ranges: [number, number][] }[];
      titleRanges: unknown[];
    };
    expect(highlights.parts.map((part) => part.partId)).toEqual(Array.from({ length: 80 }, (_, i) => `p${i + 1}`));
    const marks = highlights.parts.reduce((sum, part) => sum + part.ranges.length, 0);
    expect(marks).toBe(80 + 27); // every third paragraph names it twice
    expect(highlights.titleRanges).toEqual([]);
  });

  it('marks the heading for a title: search, and answers typed errors for unknown sections or bad queries', async () => {
    const title = await reader.api.highlightSection({
      query: 'title:mentions',
      documentId: 'long',
      sectionId: 'many-mentions',
    });
    expect(title.ok && title.value.titleRanges).toEqual([[5, 13]]);
    const missing = await reader.api.highlightSection({
      query: 'ombudsperson',
      documentId: 'long',
      sectionId: 'nowhere',
    });
    expect(!missing.ok && missing.error.code).toBe('not-found');
    const bad = await reader.api.highlightSection({ query: '***', documentId: 'long', sectionId: 'many-mentions' });
    expect(!bad.ok && bad.error.code).toBe('bad-query');
    const tooLong = await reader.api.highlightSection({
      query: 'x'.repeat(5000),
      documentId: 'long',
      sectionId: 'many-mentions',
    });
    expect(!tooLong.ok && tooLong.error.code).toBe('invalid-request');
  });

  it('highlights in a section agree with the hits the search returned there', async () => {
    for (const query of ['ombudsperson', '"names the ombudsperson"', 'ombudsperson twice', 'paragraph 7']) {
      const response = await search(query, 500);
      const result = await reader.api.highlightSection({ query, documentId: 'long', sectionId: 'many-mentions' });
      if (!result.ok) throw new Error(result.error.message);
      const fromSearch = response.hits
        .filter((hit) => hit.sectionId === 'many-mentions')
        .flatMap((hit) => hit.highlights);
      expect(result.value.parts.map((part) => part.partId).sort()).toEqual(
        fromSearch.map((part) => part.partId).sort(),
      );
      for (const part of result.value.parts)
        expect(part.ranges).toEqual(fromSearch.find((other) => other.partId === part.partId)!.ranges);
    }
  });
});
