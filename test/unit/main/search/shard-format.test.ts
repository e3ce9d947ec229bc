/**
 * The compact shard format keeps exactly what the evaluator reads from Lunr's index (every term,
 * every posting's paragraphs, weights and word numbers), survives its JSON form unchanged, and a
 * damaged or foreign `index` member is refused with a reason (the loader then rebuilds the shard).
 */
import type lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { readCheckedCorpus } from '../../../../src/main/corpus/corpus-loader';
import { paragraphCount } from '../../../../src/main/search/index-loader';
import { buildSearchIndex } from '../../../../src/main/search/search-index';
import {
  compactIndex,
  encodeShardIndex,
  parseShardIndex,
  serializeShardIndex,
  SHARD_FORMAT_VERSION,
  type ShardIndexData,
} from '../../../../src/main/search/shard-format';
import { WORD_NUMBER_METADATA } from '../../../../src/main/text/text-analysis';
import { CORPUS_DIR } from '../../../support/paths';
import { shardEntries } from '../../../support/shard-files';

const { corpus } = readCheckedCorpus(CORPUS_DIR);
const statement = corpus.documents[0]!;
const lunrIndex = buildSearchIndex(statement);
const compact = compactIndex(lunrIndex, paragraphCount(statement));
const data = serializeShardIndex(compact);

/** What Lunr's own index holds, as (term, field, ordinal) → [weight, word numbers]. */
function lunrPostings(index: lunr.Index): Map<string, [number, number[]]> {
  const { invertedIndex, fieldVectors } = index.toJSON() as unknown as {
    invertedIndex: [string, Record<string, unknown> & { _index: number }][];
    fieldVectors: [string, number[]][];
  };
  const vectors = new Map(fieldVectors);
  const postings = new Map<string, [number, number[]]>();
  for (const [term, entry] of invertedIndex) {
    for (const [field, refs] of Object.entries(entry)) {
      if (field === '_index') continue;
      for (const [ref, metadata] of Object.entries(refs as Record<string, Record<string, number[]>>)) {
        const elements = vectors.get(`${field}/${ref}`)!;
        let weight = 0;
        for (let i = 0; i < elements.length; i += 2) if (elements[i] === entry._index) weight = elements[i + 1]!;
        postings.set(`${term}|${field}|${ref}`, [
          weight,
          [...(metadata[WORD_NUMBER_METADATA] ?? [])].sort((a, b) => a - b),
        ]);
      }
    }
  }
  return postings;
}

/** The same, read back from a compact index. */
function compactPostings(index: ReturnType<typeof compactIndex>): Map<string, [number, number[]]> {
  const postings = new Map<string, [number, number[]]>();
  for (const { term, fields } of shardEntries(index))
    fields.forEach((paragraphs, f) => {
      for (const { ordinal, weight, wordNumbers } of paragraphs)
        postings.set(`${term}|${index.fields[f]}|${ordinal}`, [weight, [...wordNumbers]]);
    });
  return postings;
}

/** `data` with some members replaced (or removed, as undefined). */
const damaged = (changes: Partial<Record<keyof ShardIndexData, unknown>>): unknown => ({ ...data, ...changes });

describe('the compact shard format', () => {
  it('keeps every posting of Lunr’s index: paragraphs, weights and word numbers', () => {
    const expected = lunrPostings(lunrIndex);
    expect(expected.size).toBeGreaterThan(500);
    expect(compactPostings(compact)).toEqual(expected);
    const { invertedIndex } = lunrIndex as unknown as { invertedIndex: Record<string, unknown> };
    expect(compact.terms).toEqual(Object.keys(invertedIndex).sort());
  });

  it('round-trips through its JSON form, and is smaller than Lunr’s', () => {
    const json = JSON.stringify(data);
    const read = parseShardIndex(JSON.parse(json));
    if (typeof read === 'string') throw new Error(read);
    expect(read.terms).toEqual(compact.terms);
    expect(read.fields).toEqual(['title', 'body', 'joined']);
    expect(read.paragraphCount).toBe(paragraphCount(statement));
    expect(compactPostings(read)).toEqual(compactPostings(compact));
    expect(serializeShardIndex(read)).toEqual(data);
    expect(json.length).toBeLessThan(JSON.stringify(lunrIndex).length / 2);
    expect(data.format).toBe(SHARD_FORMAT_VERSION);
  });

  it.each([
    ['not an object', 'oops', /index is missing/],
    ['Lunr’s own form', JSON.parse(JSON.stringify(lunrIndex)) as unknown, /shard format none \(Lunr’s own\), not 1/],
    ['another format version', damaged({ format: SHARD_FORMAT_VERSION + 1 }), /shard format 2, not 1/],
    ['no fields', damaged({ fields: [] }), /lists no fields/],
    ['terms that are not words', damaged({ terms: ['a', 3] }), /not a list of words/],
    ['unsorted terms', damaged({ terms: [...data.terms].reverse() }), /terms are not sorted/],
    ['repeated terms', damaged({ terms: [data.terms[0], ...data.terms] }), /terms are not sorted|offsets do not match/],
    ['no paragraph count', damaged({ paragraphs: -1 }), /no paragraph count/],
    ['missing postings', damaged({ postings: undefined }), /postings are missing/],
    ['offsets cut short', damaged({ offsets: data.offsets.slice(0, 40) }), /offsets do not match its terms/],
    ['postings cut short', damaged({ postings: data.postings.slice(0, 400) }), /not as long as its offsets say/],
    [
      'offsets out of order',
      damaged({
        offsets: (() => {
          const offsets = new Uint32Array(Buffer.from(data.offsets, 'base64').buffer.slice(0));
          [offsets[5], offsets[9]] = [offsets[9]!, offsets[5]!];
          return Buffer.from(offsets.buffer).toString('base64');
        })(),
      }),
      /offsets are not in order/,
    ],
  ])('refuses %s, saying why', (_case, input, reason) => {
    const read = parseShardIndex(input);
    expect(typeof read).toBe('string');
    expect(read).toMatch(reason);
  });

  it('refuses at build time what it could not keep exactly', () => {
    const entry = (ordinal: number, weight: number) => ({
      term: 'x',
      fields: [[{ ordinal, weight, wordNumbers: [0] }]],
    });
    expect(() => encodeShardIndex(['body'], 2, [entry(2, 1)])).toThrow(/refers to paragraph '2'/);
    expect(() => encodeShardIndex(['body'], 2, [entry(0, 0.0001)])).toThrow(/not a non-negative number of thousandths/);
    expect(encodeShardIndex(['body'], 2, [entry(1, 1.25)]).decode(0, 0)).toMatchObject({
      ordinals: Int32Array.of(1),
      weights: Float64Array.of(1.25),
    });
  });
});
