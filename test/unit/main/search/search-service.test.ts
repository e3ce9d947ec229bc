import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../../src/shared/contract';
import { collectVocabulary, Vocabulary } from '../../../../src/main/search/vocabulary';
import { STATEMENT_ID } from '../../../support/paths';
import { openTestReader } from '../../../support/reader-services';

const { services } = openTestReader();

function search(query: string): SearchResponse {
  const result = services.search.search(query, { documentId: STATEMENT_ID });
  if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
  return result.value;
}
const places = (query: string) =>
  search(query).hits.map((hit) => `${hit.sectionId.split('-').slice(0, 5).join('-')}/${hit.paragraphId}`);
const words = (query: string) =>
  search(query).hits.flatMap((hit) => hit.snippetRanges.map(([from, to]) => hit.snippet.slice(from, to).toLowerCase()));

describe('search over the bundled statement (Lunr index, shared tokenizer)', () => {
  it('completes a word being typed against the words as written, not their stems', () => {
    // `internati` is not a prefix of the stem `intern`; `internati*` and a typed `internati` both work.
    expect(search('internati').total).toBe(search('international').total);
    expect(search('internati*').total).toBe(search('international').total);
    expect(new Set(words('internati'))).toEqual(new Set(['international']));
  });

  it('finds `rights` with `rights*`, and ranks plain words before rare longer ones', () => {
    expect(search('rights*').total).toBeGreaterThanOrEqual(search('rights').total);
    expect(words('rights*')[0]).toBe('rights');
  });

  it('keeps a typed word that is already whole as it is', () => {
    expect(search('right').total).toBe(search('right ').total);
  });

  it('corrects a misspelt word, and a misspelt word still being typed, and says so', () => {
    const typo = search('constrctive');
    expect(typo.notice).toMatch(/showing results for .*“constrictive”/);
    expect(typo.hits[0]!.snippet).toContain('constrictive');
    expect(search('constrc').notice).toMatch(/showing results for/);
    const withOther = search('constrctive dialogue');
    expect(withOther.notice).toMatch(/showing results for/);
    expect(withOther.hits[0]!.snippet).toMatch(/constructive/);
  });

  it('treats a hyphen of any kind as the same word boundary', () => {
    expect(places('result\u2010oriented')).toEqual(places('result-oriented'));
    expect(places('result-oriented')).toEqual(['cooperation-with-the-office-of/p1']);
  });
});

describe('vocabulary', () => {
  it('lists the stems of the words starting with a prefix, once each', () => {
    const vocabulary = new Vocabulary(collectVocabulary(services.store.getDocument(STATEMENT_ID)!));
    expect(vocabulary.stemsWithPrefix('cooperat')).toEqual(['cooper']);
    expect(vocabulary.stemsWithPrefix('zzz')).toEqual([]);
    expect(vocabulary.size).toBeGreaterThan(400);
  });
});
