/**
 * Searching the bundled library (the statement and the Universal Declaration in Arabic, Belarusian,
 * Chinese, English, French, Russian and Spanish) as readers of each language would, through the
 * real handlers: the expected article first, inflected forms found, no passage of another language
 * among the top hits, scopes, and every section of every language reachable and citable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchRequest, SearchResponse } from '../../../../src/shared/contract';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { SearchService } from '../../../../src/main/search/search-service';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';
import { openTestReader, TRUSTED_SENDER, type TestReader } from '../../../support/reader-services';

let reader: TestReader;
beforeAll(() => {
  reader = openTestReader();
});

async function search(request: SearchRequest): Promise<SearchResponse> {
  const result = await reader.handlers['search:query']({ limit: 500, ...request });
  if (!result.ok) throw new Error(`${request.query}: ${result.error.message}`);
  return result.value;
}

/** The full text of a hit's paragraph and list items. */
function passage(hit: SearchHit): string {
  const paragraph = reader.services.store
    .getSection(hit.documentId, hit.sectionId)!
    .section.paragraphs.find((candidate) => candidate.id === hit.paragraphId)!;
  return [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n');
}

/** Queries in each bundled language, and the article each must bring first. */
const FIRST_ARTICLE: [language: string, query: string, article: string][] = [
  ['en', 'freedom of opinion and expression', 'article-19'],
  ['en', 'education', 'article-26'],
  ['fr', 'liberté d’opinion et d’expression', 'article-19'],
  ['fr', 'éducation', 'article-26'],
  ['fr', 'asile', 'article-14'],
  ['es', 'libertad de opinión y de expresión', 'article-19'],
  ['es', 'asilo', 'article-14'],
  ['ru', 'свободу убеждений', 'article-19'],
  ['ru', 'образование', 'article-26'],
  ['ru', 'пыткам', 'article-5'],
  ['ar', 'حرية الرأي والتعبير', 'article-19'],
  ['ar', 'التعليم', 'article-26'],
  ['zh', '发表意见的自由', 'article-19'],
  ['zh', '教育', 'article-26'],
  ['be', 'свабоду перакананняў', 'article-19'],
  ['be', 'адукацыя', 'article-26'],
];

describe('a query in each bundled language, in that language', () => {
  it.each(FIRST_ARTICLE)('%s: “%s” brings %s first', async (language, query, article) => {
    const { hits } = await search({ query, language });
    expect(hits[0]).toMatchObject({ sectionId: article, language });
    expect(hits[0]!.documentId).toMatch(/^udhr-/);
    for (const hit of hits) expect(hit.language).toBe(language);
  });

  it('finds the inflected forms of a Russian word (правом, свободы)', async () => {
    const right = await search({ query: 'правом', language: 'ru' });
    const forms = new Set(
      right.hits.flatMap(
        (hit) =>
          passage(hit)
            .toLowerCase()
            .match(/(?<!\p{L})прав(о|а|ом|ами|ах|е|у)?(?!\p{L})/gu) ?? [],
      ),
    );
    // The text never has `правом` itself: every form of the word is found.
    expect([...forms]).toEqual(expect.arrayContaining(['право', 'права', 'правах', 'прав']));
    expect(right.total).toBeGreaterThan(40);
    const freedom = await search({ query: 'свободы', language: 'ru' });
    const all = new Set(
      freedom.hits.flatMap(
        (hit) =>
          passage(hit)
            .toLowerCase()
            .match(/свобод\p{L}*/gu) ?? [],
      ),
    );
    expect([...all]).toEqual(expect.arrayContaining(['свободу', 'свободы', 'свобод', 'свободе', 'свободами']));
  });

  it('finds a French word after an elision (homme in l’homme) and without its accents (egalite)', async () => {
    const man = await search({ query: 'homme', language: 'fr' });
    const holding = reader.services.store
      .getDocument('udhr-fra')!
      .sections.flatMap((section) => section.paragraphs)
      .filter((paragraph) => /\bhomme\b/iu.test(paragraph.text));
    expect(man.total).toBe(holding.length);
    expect(man.total).toBeGreaterThan(5);
    const equality = await search({ query: 'egalite', language: 'fr' });
    expect(equality.total).toBeGreaterThan(2);
    for (const hit of equality.hits) expect(passage(hit)).toMatch(/égalité/iu);
  });

  it('finds Chinese words inside unspaced text (权利 in 26 articles and more)', async () => {
    const rights = await search({ query: '权利', language: 'zh' });
    expect(rights.total).toBeGreaterThan(25);
    for (const hit of rights.hits) expect(passage(hit)).toContain('权利');
    const marked = rights.hits[0]!.snippetRanges.map(([from, to]) => rights.hits[0]!.snippet.slice(from, to));
    expect(new Set(marked)).toEqual(new Set(['权利']));
  });

  it('matches Belarusian words as written (no stemmer): правы, not правам', async () => {
    const { hits } = await search({ query: 'правы', language: 'be' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(passage(hit).toLowerCase()).toMatch(/(^|[^\p{L}])правы([^\p{L}]|$)/u);
  });
});

describe('a query across every document ranks passages in its own language first', () => {
  it.each([
    ['права', 'ru'],
    ['права человека', 'ru'],
    ['свобода', 'ru'],
    ['правы чалавека', 'be'],
    ['human', 'en'],
    ['freedom of expression', 'en'],
    ['derechos humanos', 'es'],
    ['libertad de expresión', 'es'],
    ['droits de l’homme', 'fr'],
    ['حرية', 'ar'],
    ['自由', 'zh'],
  ])('“%s”: the first ten hits are %s', async (query, language) => {
    const { hits } = await search({ query, limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.language)).toEqual(hits.map(() => language));
  });

  it('every hit says which document and language it comes from', async () => {
    const { hits } = await search({ query: 'rights' });
    expect(new Set(hits.map((hit) => hit.documentId))).toEqual(new Set([STATEMENT_ID, 'udhr-eng']));
    for (const hit of hits) expect(hit.language).toBe(reader.services.store.getDocument(hit.documentId)!.language);
  });
});

describe('scope', () => {
  it('searches one document, one language (a tag or its prefix), or all', async () => {
    const statement = await search({ query: 'rights', documentId: STATEMENT_ID });
    expect(new Set(statement.hits.map((hit) => hit.documentId))).toEqual(new Set([STATEMENT_ID]));
    const english = await search({ query: 'rights', language: 'EN' });
    const all = await search({ query: 'rights' });
    expect(english.total).toBe(all.total);
    expect(statement.total).toBeLessThan(all.total);
    expect((await search({ query: 'rights', documentId: 'udhr-eng', language: 'en' })).total).toBe(
      all.total - statement.total,
    );
  });

  it('answers a scope that names no document with not-found, and a malformed one as invalid', async () => {
    for (const request of [
      { query: 'rights', documentId: 'nowhere' },
      { query: 'rights', language: 'de' },
      { query: 'rights', documentId: 'udhr-rus', language: 'en' },
    ]) {
      const result = await reader.dispatch(TRUSTED_SENDER, 'search:query', request);
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    const result = await reader.dispatch(TRUSTED_SENDER, 'search:query', { query: 'x', language: 'zh_hans' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('highlights a section in the scope of the search it was opened from', async () => {
    // No French passage holds both words (English ones do): in the French scope the partial
    // matches answer, and the section's highlights must be those words, not none.
    const request = { query: 'rights declaration', documentId: 'udhr-fra', sectionId: 'article-28' };
    const scoped = await reader.dispatch(TRUSTED_SENDER, 'search:highlights', {
      ...request,
      scope: { language: 'fr' },
    });
    expect(scoped).toMatchObject({ ok: true, value: { parts: [{ partId: 'p1' }] } });
    const everywhere = await reader.dispatch(TRUSTED_SENDER, 'search:highlights', request);
    expect(everywhere).toMatchObject({ ok: true, value: { parts: [] } });
    for (const scope of [{ language: 'zh_hans' }, { documentId: '' }, { everything: true }]) {
      const refused = await reader.dispatch(TRUSTED_SENDER, 'search:highlights', { ...request, scope });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const outside = await reader.dispatch(TRUSTED_SENDER, 'search:highlights', {
      ...request,
      scope: { language: 'de' },
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('loads a document’s index only when a search needs it: the statement never pays for the library', () => {
    const { corpus, shards } = loadCorpus(CORPUS_DIR);
    const service = new SearchService(shards, new CorpusStore(corpus));
    expect(shards.loadedDocumentIds).toEqual([STATEMENT_ID]);
    expect(service.search('rights', { documentId: STATEMENT_ID }).ok).toBe(true);
    expect(shards.loadedDocumentIds).toEqual([STATEMENT_ID]);
    expect(service.search('права', { language: 'ru' }).ok).toBe(true);
    expect(shards.loadedDocumentIds).toEqual([STATEMENT_ID, 'udhr-rus']);
  });
});

describe('every section of every language', () => {
  it('opens by its id, aligned across languages (article-19 is Article 19 everywhere), and cites in its language', async () => {
    const udhr = reader.services.store.listDocuments().filter((document) => document.id.startsWith('udhr-'));
    expect(udhr.map((document) => document.language).sort()).toEqual(['ar', 'be', 'en', 'es', 'fr', 'ru', 'zh']);
    const english = reader.services.store.getToc('udhr-eng')!.sections.map((section) => section.id);
    for (const document of udhr) {
      const toc = reader.services.store.getToc(document.id)!;
      expect(
        toc.sections.map((section) => section.id),
        document.id,
      ).toEqual(english);
      for (const entry of toc.sections) {
        const view = await reader.api.getSection({ documentId: document.id, sectionId: entry.id });
        expect(view.ok).toBe(true);
        if (!view.ok) continue;
        for (const paragraph of view.value.section.paragraphs) {
          const citation = await reader.api.copyCitation({
            documentId: document.id,
            sectionId: entry.id,
            partId: paragraph.id,
          });
          expect(citation.ok, `${document.id}/${entry.id}/${paragraph.id}`).toBe(true);
          if (citation.ok) expect(citation.value.text).toContain(paragraph.text);
        }
      }
    }
    const russian = await reader.api.copyCitation({ documentId: 'udhr-rus', sectionId: 'article-19', partId: 'p1' });
    expect(russian.ok && russian.value.text).toMatch(
      /— United Nations General Assembly, «Всеобщая декларация прав человека», раздел 20 «Статья 19», пункт 1\.$/,
    );
  });
});
