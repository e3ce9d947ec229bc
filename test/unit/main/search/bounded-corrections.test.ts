/**
 * Corrections within the search's time (corrections.ts): a query of 32 misspelt words over a
 * library of many documents in many languages answers with the passage its words were meant for
 * and says which words it searched for, instead of running out of time with nothing. The clock
 * here counts the looks at the budget (each look one millisecond), so what a search may do is the
 * same on every machine: the corrections in every document of the old strategy took far more looks
 * than the budget allows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { SearchService } from '../../../../src/main/search/search-service';
import type { SearchResponse } from '../../../../src/shared/contract/search';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

/** The first 32 words of article 18 of the Universal Declaration. */
const ARTICLE_18 =
  'Everyone has the right to freedom of thought, conscience and religion; this right includes freedom to change his religion or belief, and freedom, either alone or in community with others and in public or private, to manifest his religion or belief in teaching, practice, worship and observance.';
/** The same 32 words, each misspelt by one letter (as the engine bench types them). */
const MISSPELT = ARTICLE_18.toLowerCase()
  .replace(/[^a-z ]/g, '')
  .split(' ')
  .slice(0, 32)
  .map((word) => (word.length > 3 ? `${word.slice(0, 2)}q${word.slice(3)}` : `${word}q`))
  .join(' ');

/** Languages without a stemmer, in turn: the documents are in many languages, several in each. */
const LANGUAGES = ['sw', 'yo', 'ha', 'ig', 'zu', 'xh', 'so', 'mg', 'ny', 'sn', 'rw', 'wo'];
const FOREIGN_DOCUMENTS = 120;

/** Words of a made-up language: syllables from a seeded generator (none one edit from an English word of article 18). */
function madeUpText(seed: number, words: number): string {
  const consonants = 'bdgkmnpvz';
  const vowels = 'aeiou';
  let state = seed * 7919 + 17;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return Array.from({ length: words }, () =>
    Array.from({ length: 2 + next(3) }, () => consonants[next(consonants.length)]! + vowels[next(vowels.length)]!).join(
      '',
    ),
  ).join(' ');
}

function foreignDocument(i: number): string {
  const id = `doc-${String(i).padStart(3, '0')}`;
  const sections = Array.from({ length: 3 }, (_, s) => ({
    title: `${madeUpText(i * 10 + s, 2)}`,
    paragraphs: Array.from({ length: 3 }, (_, p) => `${madeUpText(i * 100 + s * 10 + p, 30)}.`),
  }));
  return sourceDocument(id, `Document ${i}`, sections).replace(
    'language: en',
    `language: ${LANGUAGES[i % LANGUAGES.length]}`,
  );
}

function englishDocument(id: string): string {
  return sourceDocument(id, 'Declaration', [
    {
      title: 'Article 17',
      paragraphs: ['Everyone has the right to own property alone as well as in association with others.'],
    },
    { title: 'Article 18', paragraphs: [ARTICLE_18] },
    {
      title: 'Article 19',
      paragraphs: [
        'Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions.',
      ],
    },
  ]);
}

/** The English document's place among the others (documents are in the order of their ids). */
function library(englishId: string) {
  const files: Record<string, string> = { [`${englishId}.md`]: englishDocument(englishId) };
  for (let i = 0; i < FOREIGN_DOCUMENTS; i++) files[`doc-${i}.md`] = foreignDocument(i);
  return openTempReader(files);
}

/** A search whose clock advances one millisecond at each look at its budget. */
function countingSearch(reader: ReturnType<typeof library>, looks: number): SearchService {
  let now = 0;
  return new SearchService(loadCorpus(reader.corpusDir).shards, new CorpusStore(reader.services.store.file), {
    timeBudgetMs: looks,
    clock: () => now++,
  });
}

function answer(service: SearchService, query: string): SearchResponse {
  const result = service.search(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const last = library('zz-declaration');
const first = library('aa-declaration');
afterAll(() => {
  last.remove();
  first.remove();
});

describe('32 misspelt words over 121 documents in 12 languages', () => {
  it('answers with the passage they were meant for, and the words it searched for, within the budget', () => {
    const found = answer(countingSearch(last, 1500), MISSPELT);
    expect(found.total).toBeGreaterThan(0);
    expect(found.hits[0]).toMatchObject({ documentId: 'zz-declaration', sectionTitle: 'Article 18' });
    expect(found.notice).toMatch(/^No exact match; showing results for “everyone”, “has”/);
    expect(found.notice).toMatch(/showing the best partial matches/);
    expect(found.notice).not.toMatch(/took too long|no time to correct/);
  });

  it('answers as a search without a time limit does', () => {
    const unlimited = new SearchService(loadCorpus(last.corpusDir).shards, new CorpusStore(last.services.store.file), {
      timeBudgetMs: 1e9,
    });
    const bounded = answer(countingSearch(last, 1500), MISSPELT);
    expect(answer(unlimited, MISSPELT)).toEqual(bounded);
  });

  it('leaves the attempts after the corrections half the time: documents not reached keep their words, and it says so', () => {
    // Too few looks to correct the words in every document: the English document, first, is corrected.
    const found = answer(countingSearch(first, 400), MISSPELT);
    expect(found.notice).toMatch(/There was no time to correct the words in every document/);
    expect(found.hits[0]).toMatchObject({ documentId: 'aa-declaration', sectionTitle: 'Article 18' });
    // With the English document last, not reached: nothing found, and it says why.
    const missed = answer(countingSearch(last, 400), MISSPELT);
    expect(missed.total).toBe(0);
    expect(missed.notice).toMatch(/^No passage matches .* There was no time to correct the words in every document/);
  });
});
