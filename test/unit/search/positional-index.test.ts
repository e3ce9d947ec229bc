import { describe, expect, it } from 'vitest';
import { IndexSearcher, topMatches, type Matches } from '../../../src/main/services/index-query';
import { PositionalIndex, type IndexEntryText } from '../../../src/main/services/positional-index';
import type { PlannedClause } from '../../../src/main/services/query-plan';
import { parseQuery } from '../../../src/main/services/query-parser';
import { normalizeTerm } from '../../../src/main/services/text-analysis';
import { fromBase64, VarintReader, VarintWriter } from '../../../src/main/services/varint';

const ENTRIES: IndexEntryText[] = [
  { title: ['Treaty bodies'], body: ['Belarus reports to the treaty bodies.', 'first item on bodies;'] },
  { title: ['Treaty bodies'], body: ['The bodies of the treaty met; bodies, bodies.'] },
  { title: [], body: ['Technical co‐operation with the Office, and cooperation in Minsk.'] },
  { title: ['Special procedures'], body: ['Special rapporteur on the right to food.'] },
];

/** A planned term clause (the search service normally builds these). */
function term(word: string, presence: 'required' | 'optional' | 'excluded' = 'required', field: 'title' | 'body' = 'body'): PlannedClause {
  const source = parseQuery(word).clauses[0]!;
  if (source.kind !== 'term') throw new Error(`${word} is not one word`);
  return { kind: 'term', field, terms: [normalizeTerm(word)], presence, boost: 1, source };
}
const phrase = (...units: string[]): PlannedClause => ({ kind: 'phrase', field: 'body', units: units.map(normalizeTerm), presence: 'required', display: units.join(' ') });
const entriesOf = (matches: Matches) => [...matches.entries];

describe('varints', () => {
  it('round-trip every size of number through base64', () => {
    const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 21, 2 ** 28 + 5, 2 ** 31 - 1];
    const writer = new VarintWriter();
    for (const value of values) writer.write(value);
    const reader = new VarintReader(fromBase64(writer.toBase64()));
    expect(values.map(() => reader.read())).toEqual(values);
    expect(() => reader.read()).toThrow(/truncated/);
    expect(() => writer.write(-1)).toThrow(RangeError);
  });
});

describe('the positional index', () => {
  const index = PositionalIndex.build(ENTRIES);

  it('survives JSON serialisation unchanged', () => {
    const reloaded = PositionalIndex.load(JSON.parse(JSON.stringify(index)));
    expect(reloaded.toJSON()).toEqual(index.toJSON());
    const id = reloaded.termId(normalizeTerm('bodies'));
    const [before, after] = [index.posting('body', id), reloaded.posting('body', id)];
    expect([after.entries, after.counts, after.positions()]).toEqual([before.entries, before.counts, before.positions()]);
  });

  it('stores, per field, which entries hold a term, how often and where', () => {
    const posting = index.posting('body', index.termId(normalizeTerm('bodies')));
    expect([...posting.entries]).toEqual([0, 1]);
    expect([...posting.counts]).toEqual([2, 3]);
    // Entry 0: "treaty bodies" ends its 6-word paragraph (position 5); the list item starts after a gap (7 + 3 = 10).
    const { starts, positions } = posting.positions();
    expect([...positions.slice(starts[0], starts[1])].map((encoded) => encoded >> 1)).toEqual([5, 10]);
    expect([...positions.slice(starts[1], starts[2])].map((encoded) => encoded >> 1)).toEqual([1, 6, 7]);
    expect([...index.posting('title', index.termId(normalizeTerm('treaty'))).entries]).toEqual([0, 1]);
    expect(index.termId('no-such-term')).toBe(-1);
  });

  it('keeps the vocabulary as written, with prefix lookups and joined forms marked', () => {
    const [from, to] = index.wordsWithPrefix('coop');
    expect(Array.from({ length: to - from }, (_, i) => index.word(from + i))).toEqual(['cooperation']);
    const cooperation = from;
    expect(index.term(index.wordTerm(cooperation))).toBe(normalizeTerm('cooperation'));
    // Written plainly in entry 2 too, so not only a joined form.
    expect(index.isJoinedWord(cooperation)).toBe(false);
    expect(index.wordsWithPrefix('zzz')).toEqual([index.wordCount, index.wordCount]);
  });

  it('refuses what is not an index, saying what is wrong', () => {
    expect(() => PositionalIndex.load(null)).toThrow(/not an object/);
    expect(() => PositionalIndex.load({ format: 'lunr' })).toThrow(/format/);
    const broken = { ...index.toJSON(), fields: { ...index.toJSON().fields, body: { ...index.toJSON().fields.body, offsets: [0] } } };
    expect(() => PositionalIndex.load(broken)).toThrow(/body/);
  });
});

describe('query evaluation on the index', () => {
  const index = PositionalIndex.build(ENTRIES);
  const searcher = new IndexSearcher(index);

  it('requires, allows and excludes clauses', () => {
    expect(entriesOf(searcher.evaluate([term('bodies'), term('treaty')]))).toEqual([0, 1]);
    expect(entriesOf(searcher.evaluate([term('bodies'), term('reports', 'excluded')]))).toEqual([1]);
    expect(entriesOf(searcher.evaluate([term('reports', 'optional'), term('rapporteur', 'optional')]))).toEqual([0, 3]);
    expect(entriesOf(searcher.evaluate([term('treaty', 'required', 'title')]))).toEqual([0, 1]);
    expect(entriesOf(searcher.evaluate([term('unheard')]))).toEqual([]);
  });

  it('checks phrases on word positions, never across a paragraph and its list', () => {
    expect(entriesOf(searcher.evaluate([phrase('treaty', 'bodies')]))).toEqual([0]);
    expect(entriesOf(searcher.evaluate([phrase('bodies', 'treaty')]))).toEqual([]);
    expect(entriesOf(searcher.evaluate([phrase('bodies', 'first')]))).toEqual([]);
  });

  it('matches a joined hyphenated pair in a phrase whichever way the text writes it', () => {
    expect(entriesOf(searcher.evaluate([phrase('technical', 'cooperation', 'with')]))).toEqual([2]);
    expect(entriesOf(searcher.evaluate([phrase('technical', 'co', 'operation', 'with')]))).toEqual([2]);
    expect(entriesOf(searcher.evaluate([phrase('cooperation', 'in', 'minsk')]))).toEqual([2]);
  });

  it('ranks a passage holding the word more often, in fewer words, higher (BM25)', () => {
    const matches = searcher.evaluate([term('bodies')]);
    const [best, second] = topMatches(matches, 10);
    expect(best!.entry).toBe(1);
    expect(second!.entry).toBe(0);
    expect(best!.score).toBeGreaterThan(second!.score);
  });
});

describe('choosing the best matches', () => {
  it('gives the same order as sorting everything, ties in corpus order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
    for (const size of [0, 1, 5, 300, 5000]) {
      const entries = Int32Array.from({ length: size }, (_, i) => i * 3);
      // Few distinct scores, so that ties are common.
      const scores = Float64Array.from({ length: size }, () => Math.floor(random() * 20) / 4);
      const expected = [...entries.keys()]
        .map((i) => ({ entry: entries[i]!, score: scores[i]! }))
        .sort((a, b) => b.score - a.score || a.entry - b.entry);
      for (const limit of [1, 10, 50]) expect(topMatches({ entries, scores }, limit)).toEqual(expected.slice(0, limit));
    }
  });
});
