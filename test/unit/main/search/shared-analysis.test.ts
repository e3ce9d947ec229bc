/**
 * One parse per analysis, not per language (text-analysis.ts `analysisKey`, search-service.ts): a
 * query over 532 languages was parsed 447 times, once per language, though 425 of them cut, fold and
 * weigh words alike. Languages with the same key must parse every query identically; and the
 * fit of a document counts the words the search corrected to its words (document-fit.ts).
 */
import { describe, expect, it } from 'vitest';
import { wordShare } from '../../../../src/main/search/document-fit';
import { parseQuery } from '../../../../src/main/search/query-parser';
import { Vocabulary } from '../../../../src/main/search/vocabulary';
import { analyzerFor } from '../../../../src/main/text/text-analysis';

/** Languages with and without a stemmer, with elisions, with kept marks, and unspaced scripts. */
const LANGUAGES = [
  'en',
  'en-GB',
  'fr',
  'it',
  'ca',
  'oc',
  'vi',
  'de',
  'de-1996',
  'ru',
  'nb',
  'nn',
  'no',
  'sw',
  'yo',
  'ha',
  'zu',
  'be',
  'uk',
  'sr-Latn',
  'zh',
  'zh-Hant',
  'ja',
  'th',
  'km',
  'am',
  'hy',
  'ka',
];
/** Queries exercising what parsing does: stop words, elisions, possessives, hyphens, phrases, prefixes, marks, fuzzy words. */
const QUERIES = [
  'the right of everyone',
  'l’homme d’état',
  'Council’s states’ rights',
  'co-operation human-rights',
  '"freedom of thought" -slavery title:article',
  'éducation egalité Tiếng Việt',
  'правом свободы',
  'freedm~1 rig* inter',
  '人人有权 สิทธิมนุษยชน',
  'and or not in a',
];

describe('analysisKey', () => {
  it('gives languages with the same key the same parse of every query', () => {
    for (const query of QUERIES) {
      const byKey = new Map<string, ReturnType<typeof parseQuery>>();
      for (const language of LANGUAGES) {
        const analyzer = analyzerFor(language);
        const key = analyzer.analysisKey(query);
        const parsed = parseQuery(query, analyzer);
        const first = byKey.get(key);
        if (first) expect(parsed, `${language}: ${query}`).toEqual(first);
        else byKey.set(key, parsed);
      }
    }
  });

  it('is shared by the languages analysed alike, and by no others', () => {
    const key = (language: string) => analyzerFor(language).analysisKey('freedom');
    // No stemmer, stop words, elisions or kept marks: one analysis.
    expect(new Set(['sw', 'yo', 'ha', 'zu', 'be', 'uk', 'am', 'hy', 'ka', 'zh'].map(key)).size).toBe(1);
    // One stemmer for the three Norwegian tags, one analysis for a language and its regional tags.
    expect(new Set(['nb', 'nn', 'no'].map(key)).size).toBe(1);
    expect(key('de-1996')).toBe(key('de'));
    expect(key('en-GB')).toBe(key('en'));
    // English (possessives), French and Italian (elisions), Vietnamese (marks), German and Russian (stemmers): each its own.
    expect(new Set(['en', 'fr', 'it', 'vi', 'de', 'ru', 'sw'].map(key)).size).toBe(7);
  });

  it('is the language’s own for text in a script written without spaces (each language’s segmenter)', () => {
    expect(analyzerFor('zh').analysisKey('人人有权')).not.toBe(analyzerFor('ja').analysisKey('人人有权'));
    expect(analyzerFor('zh').analysisKey('freedom')).toBe(analyzerFor('ja').analysisKey('freedom'));
  });
});

describe('wordShare with corrections', () => {
  const vocabulary = new Vocabulary({ words: ['human', 'of', 'rights'], stems: ['human', 'of', 'right'] });
  const clauses = parseQuery('humna of rihgts ').clauses;

  it('counts a word corrected to the document’s words half, a word written as typed whole', () => {
    expect(wordShare(clauses, vocabulary)).toBeCloseTo(1 / 3);
    expect(wordShare(clauses, vocabulary, new Set(['humna', 'rihgts']))).toBeCloseTo((1 + 0.5 + 0.5) / 3);
  });
});
