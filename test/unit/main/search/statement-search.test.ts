/**
 * Queries a reader of the bundled statement would type, through the real handler, in the scope of
 * the statement (the library's other documents are searched in test/unit/main/search/library-search.test.ts).
 * Expected passages are found independently of the engine: by regular expressions over the statement's text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResponse } from '../../../../src/shared/contract';
import { STATEMENT_ID } from '../../../support/paths';
import { openTestReader, type TestReader } from '../../../support/reader-services';

let reader: TestReader;
/** Every paragraph (with its list items) as `sectionId/paragraphId` → its full text. */
let passages: Map<string, { text: string; sectionTitle: string }>;

beforeAll(() => {
  reader = openTestReader();
  passages = new Map();
  for (const document of reader.services.store.file.documents.filter(({ id }) => id === STATEMENT_ID)) {
    for (const section of document.sections) {
      for (const paragraph of section.paragraphs) {
        passages.set(`${section.id}/${paragraph.id}`, {
          text: [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n'),
          sectionTitle: section.title,
        });
      }
    }
  }
});

async function search(query: string, limit = 500): Promise<SearchResponse> {
  const result = await reader.handlers['search:query']({ query, limit, documentId: STATEMENT_ID });
  if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
  return result.value;
}

const key = (hit: SearchHit) => `${hit.sectionId}/${hit.paragraphId}`;
/** Passages whose text matches every pattern. */
const holding = (...patterns: RegExp[]) =>
  [...passages].filter(([, passage]) => patterns.every((pattern) => pattern.test(passage.text))).map(([ref]) => ref);

/** The hits, in order, are exactly the passages expected (any order among them), best first. */
function expectExactly(response: SearchResponse, expected: string[]): void {
  expect(expected.length).toBeGreaterThan(0);
  expect([...response.hits.map(key)].sort()).toEqual([...expected].sort());
  expect(response.total).toBe(expected.length);
  const scores = response.hits.map((hit) => hit.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

/** Every hit shows, in its highlights, text that matches `pattern`. */
function expectHighlighted(response: SearchResponse, pattern: RegExp): void {
  for (const hit of response.hits) {
    const texts = passages.get(key(hit))!.text.split('\n');
    const paragraph = reader.services.store
      .getSection(hit.documentId, hit.sectionId)!
      .section.paragraphs.find((p) => p.id === hit.paragraphId)!;
    const parts = new Map([
      [paragraph.id, texts[0]!],
      ...paragraph.items.map((item, i) => [item.id, texts[i + 1]!] as const),
    ]);
    const marked = hit.highlights.flatMap((highlight) =>
      highlight.ranges.map(([from, to]) => parts.get(highlight.partId)!.slice(from, to)),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text).toMatch(pattern);
    for (const [from, to] of hit.snippetRanges) expect(hit.snippet.slice(from, to)).toMatch(pattern);
    // The snippet is the verbatim words of the part it names (opening the hit lands there).
    const snippetSource = parts.get(hit.snippetPartId)!;
    expect(snippetSource).toContain(hit.snippet.replace(/^…|…$/g, ''));
  }
}

describe('searching the statement, as a reader would', () => {
  it('finds Council’s however the apostrophe is typed, in every passage that names the Council', async () => {
    const expected = holding(/\bcouncil/i);
    const curly = await search('Council’s');
    expectExactly(curly, expected);
    expect((await search("Council's")).hits.map(key)).toEqual(curly.hits.map(key));
    expect((await search('council')).hits.map(key)).toEqual(curly.hits.map(key));
    expectHighlighted(curly, /^council/i);
  });

  it('finds states’ (plural possessive) with state and states', async () => {
    const response = await search('states’');
    expectExactly(response, holding(/\bstates?\b/i));
    expectHighlighted(response, /^states?’?$/i);
  });

  it('finds human-rights where the text writes “human rights” (and the hyphenated spelling)', async () => {
    const response = await search('human-rights');
    expectExactly(response, holding(/\bhuman[\s\u2010\u2011-]+rights?\b/i));
    expectHighlighted(response, /^(human|rights?|human[\s\u2010\u2011-]+rights?)$/i);
  });

  it('completes the word being typed inside an open phrase and after +', async () => {
    const whole = await search('"special rapporteur"');
    expect((await search('"special rapp')).hits.map(key)).toEqual(whole.hits.map(key));
    expect((await search('+UP')).hits.map(key).sort()).toEqual(holding(/\bUPR\b/).sort());
    expect((await search('"sp')).total).toBeGreaterThan(0);
  });

  it('says which languages the documents are in when the words typed are in a script none of them uses', async () => {
    const response = await search('права человека');
    expect(response.total).toBe(0);
    expect(response.notice).toBe(
      'No passage matches “права человека”: it is written in Cyrillic script, and the documents searched are in English.',
    );
    expect((await search('zzzqqq')).notice).toBe('No passage matches “zzzqqq”.');
  });

  it('finds years, numbers and acronyms', async () => {
    for (const [query, pattern] of [
      ['2018', /\b2018\b/],
      ['266', /\b266\b/],
      ['UPR', /\bUPR\b/],
      ['CEDAW', /\bCEDAW\b/],
      ['NHRAP', /\bNHRAP\b/],
      ['53rd', /\b53rd\b/],
    ] as const) {
      const response = await search(query);
      expectExactly(response, holding(pattern));
      expectHighlighted(response, pattern);
    }
  });

  it('brings the section that holds an acronym first', async () => {
    expect((await search('UPR')).hits[0]!.sectionTitle).toBe('Cooperation with the Human Rights Council’s mechanisms');
    expect((await search('NHRAP')).hits[0]!.sectionTitle).toBe(
      'Cooperation with the Office of the UN High Commissioner for Human Rights',
    );
    expect((await search('CEDAW')).hits[0]!.sectionTitle).toBe('Cooperation with human rights treaty bodies');
  });

  it('prefix rights* finds right and rights (stemmed, not lost to the wildcard)', async () => {
    const response = await search('rights*');
    expectExactly(response, holding(/\brights?/i));
    expectHighlighted(response, /^rights?/i);
  });

  it('finds every beginning of every word of the statement while it is being typed', async () => {
    const words = new Set([...passages.values()].flatMap((passage) => passage.text.match(/[\p{L}\p{N}]{3,}/gu) ?? []));
    const lost: string[] = [];
    for (const word of words) {
      for (let length = 2; length <= word.length; length++) {
        const typed = word.slice(0, length);
        const response = await search(typed);
        if (response.total === 0 || response.notice !== null) lost.push(`${typed} (${word})`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('a common word (all) alone finds the passages that hold it, and next to other words never empties the result', async () => {
    expectExactly(await search('all'), holding(/\ball\b/i));
    expectExactly(await search('all UPR'), holding(/\bUPR\b/));
    expectExactly(await search('the UPR'), holding(/\bUPR\b/));
  });

  it('a stop word next to other words neither marks every "the" nor makes partial matches on its own', async () => {
    expectHighlighted(await search('the UPR'), /^UPR$/);
    // `hamster` is in no passage: `the` alone must not turn every passage into a "partial match".
    const nothing = await search('the hamster');
    expect(nothing.total).toBe(0);
    expect(nothing.notice).toMatch(/No passage matches/);
    const partial = await search('treaty of the hamster');
    expectExactly(partial, holding(/\btreat(y|ies)\b/i));
    expectHighlighted(partial, /^treat(y|ies)$/i);
  });

  it('plain words: passages holding all of them; otherwise the best partial matches, saying so', async () => {
    const all = await search('human rights council');
    const words = [/\bhuman\b/i, /\brights?\b/i, /\bcouncil/i];
    // Also the passages under the one heading that says "Council" (it stands in for the words it
    // holds, src/main/search/heading-matches.ts) whose text holds the other words.
    const underHeading = [...passages]
      .filter(([, passage]) => /council/i.test(passage.sectionTitle))
      .filter(([, passage]) => words.every((word) => word.test(passage.text) || word.test(passage.sectionTitle)))
      .filter(([, passage]) => words.some((word) => word.test(passage.text)))
      .map(([ref]) => ref);
    expect(underHeading.length).toBeGreaterThan(holding(...words).filter((ref) => underHeading.includes(ref)).length);
    expectExactly(all, [...new Set([...holding(...words), ...underHeading])]);
    expect(all.notice).toBeNull();
    const partial = await search('treaty hamster');
    expectExactly(partial, holding(/\btreaty\b/i));
    expect(partial.notice).toMatch(/No passage holds all of these words/);
  });

  it('a quoted phrase matches its words in order; reversed, it says so and shows the passages with both words', async () => {
    const inOrder = await search('"special rapporteur"');
    expectExactly(inOrder, holding(/special rapporteur/i));
    expect(inOrder.notice).toBeNull();
    expect(inOrder.hits[0]!.highlights.length).toBe(9); // the list of nine rapporteurs
    expectHighlighted(inOrder, /^special rapporteurs?$/i); // stemmed: the plural counts

    const reversed = await search('"rapporteur special"');
    expect(holding(/rapporteur special/i)).toEqual([]);
    expect(reversed.notice).toMatch(/No passage has “rapporteur special” in this order/);
    expectExactly(reversed, holding(/\bspecial\b/i, /\brapporteurs?\b/i));
  });

  it('+required and -excluded', async () => {
    const response = await search('+rights -Western');
    expectExactly(
      response,
      holding(/\brights?\b/i).filter((ref) => !/\bwestern\b/i.test(passages.get(ref)!.text)),
    );
    expectExactly(
      await search('+UPR -Western'),
      holding(/\bUPR\b/).filter((ref) => !/\bwestern\b/i.test(passages.get(ref)!.text)),
    );
  });

  it('title: searches only the section headings, and marks the word in the heading', async () => {
    const response = await search('title:treaty');
    const expected = [...passages].filter(([, passage]) => /treaty/i.test(passage.sectionTitle)).map(([ref]) => ref);
    expectExactly(response, expected);
    for (const hit of response.hits)
      expect(hit.sectionTitleRanges.map(([from, to]) => hit.sectionTitle.slice(from, to))).toEqual(['treaty']);
  });

  it('retries a word no passage holds with words one edit away, and says so (constrctive)', async () => {
    const response = await search('constrctive');
    expect(response.notice).toMatch(/showing results for/);
    expect(response.notice).toContain('“constructive”');
    expect(response.notice).toContain('“constrictive”'); // the statement's own typo
    expectExactly(response, holding(/\bconstr[iu]ctive\b/i));
    expectHighlighted(response, /^constr[iu]ctive$/i);
    // Corrected before falling back to partial matches: passages with both words.
    expectExactly(await search('constrctive dialogue'), holding(/\bconstr[iu]ctive\b/i, /\bdialogues?\b/i));
  });

  it('fuzzy~1 finds words one edit away', async () => {
    const response = await search('belief~1');
    expectExactly(response, holding(/\b(belief|relief|beliefs)\b/i));
  });

  it('finds a hyphenated word written with or without its hyphen', async () => {
    for (const query of ['result-oriented', 'resultoriented', 'result‐oriented'])
      expectExactly(await search(query), holding(/result-oriented/));
    expectExactly(await search('"human rights-centered approach"'), holding(/human rights-centered approach/));
  });

  it('answers what has nothing to look for with a clear message, not an empty list', async () => {
    for (const [query, message] of [
      ['*', /no word to look for/],
      ['"', /no word to look for/],
      ['-Western', /only of exclusions/],
      ['title:', /after “title:”/],
    ] as const) {
      const result = await reader.handlers['search:query']({ query, documentId: STATEMENT_ID });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad-query');
        expect(result.error.message).toMatch(message);
      }
    }
  });
});
