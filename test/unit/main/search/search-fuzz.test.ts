/**
 * "Never breaks": 10,000+ seeded random queries (READER_FUZZ_RUNS, test/support/fuzz-runs.ts) through the REAL dispatcher and handlers (as the
 * renderer's requests arrive in main): no exception, and every answer typed — a SearchResponse of
 * the right shape, or an error with a known code and a message for the reader.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatcher, MAX_PAYLOAD_BYTES } from '../../../../src/main/ipc/ipc-dispatcher';
import { MAX_QUERY_LENGTH } from '../../../../src/shared/contract/search';
import type { ReaderErrorCode, Result } from '../../../../src/shared/result';
import { fuzzRuns } from '../../../support/fuzz-runs';
import { openTestReader, TRUSTED_SENDER, type TestReader } from '../../../support/reader-services';

const QUERIES = fuzzRuns(10_000);
const KNOWN_CODES: ReaderErrorCode[] = ['invalid-request', 'payload-too-large', 'not-found', 'bad-query'];

const range = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([from, to]) => from < to, 'empty range');
const hitSchema = z.strictObject({
  documentId: z.string().min(1),
  language: z.string().min(1),
  sectionId: z.string().min(1),
  sectionTitle: z.string(),
  paragraphId: z.string().min(1),
  paragraphNumber: z.number().int().positive(),
  score: z.number().finite(),
  snippet: z.string(),
  snippetRanges: z.array(range),
  snippetPartId: z.string().min(1),
  highlights: z.array(z.strictObject({ partId: z.string().min(1), ranges: z.array(range).min(1) })),
  sectionTitleRanges: z.array(range),
});
const responseSchema = z.strictObject({
  query: z.string(),
  hits: z.array(hitSchema),
  total: z.number().int().nonnegative(),
  notice: z.string().min(1).nullable(),
});
const highlightsSchema = z.strictObject({
  query: z.string(),
  documentId: z.string(),
  sectionId: z.string(),
  titleRanges: z.array(range),
  parts: z.array(z.strictObject({ partId: z.string().min(1), ranges: z.array(range).min(1) })),
});

/** mulberry32: the same queries on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYNTAX = [
  '"',
  '“',
  '”',
  '„',
  'title:',
  'heading:',
  'TITLE:',
  '~',
  '~1',
  '~2',
  '~99',
  '~-1',
  '*',
  '**',
  '+',
  '-',
  '--',
  ':',
  '::',
  '^',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '\\',
  '/',
  '|',
  '&&',
  '||',
  '!',
  '?',
  '.',
  ',',
  ';',
  "'",
  '’',
  '‐',
  '‑',
  '–',
  '—',
  '…',
];
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
];
const EMOJI = ['😀', '👍🏽', '🇧🇾', '👨‍👩‍👧', '🏳️‍🌈', '©', '™', '∑', '𝔘𝔑', '🧑🏿‍⚖️'];
const OTHER_SCRIPTS = [
  'права',
  'человека',
  'حقوق',
  'الإنسان',
  'זכויות',
  'אדם',
  '人权',
  '権利',
  'ḥuqūq',
  'Ⅻ',
  '٢٠١٨',
  'ﬁnance',
  'e\u0301',
];

describe('search never breaks', () => {
  let reader: TestReader;
  let words: string[];

  beforeAll(() => {
    reader = openTestReader();
    const text = reader.services.store.file.documents
      .flatMap((d) =>
        d.sections.flatMap((s) => [s.title, ...s.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)])]),
      )
      .join(' ');
    words = [...new Set(text.split(/\s+/u))].filter(Boolean);
  });

  function randomQuery(random: () => number): unknown {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const roll = random();
    if (roll < 0.01)
      return pick([
        null,
        undefined,
        42,
        true,
        [],
        {},
        { query: 1 },
        { query: 'UPR', limit: 0 },
        { query: 'UPR', limit: 1e9 },
        { query: 'UPR', extra: 1 },
        'UPR',
      ]);
    if (roll < 0.03) {
      // Very long: 1,001 to 12,000 characters, of words, syntax or emoji.
      const unit = pick(['UPR ', 'a', '"', '😀', 'title:', '~*', 'права ']);
      return { query: unit.repeat(Math.ceil((MAX_QUERY_LENGTH + 1 + random() * 11_000) / unit.length)) };
    }
    const pieces: string[] = [];
    for (let i = 0, count = 1 + Math.floor(random() * 8); i < count; i++) {
      const kind = random();
      let piece =
        kind < 0.45
          ? pick(words)
          : kind < 0.65
            ? pick(SYNTAX)
            : kind < 0.75
              ? pick(CONTROL)
              : kind < 0.83
                ? pick(EMOJI)
                : kind < 0.9
                  ? pick(OTHER_SCRIPTS)
                  : String.fromCharCode(Math.floor(random() * 0x3000));
      if (random() < 0.2) piece = pick(SYNTAX) + piece;
      if (random() < 0.2) piece += pick(SYNTAX);
      if (random() < 0.1) piece = piece.slice(0, Math.max(1, Math.floor(random() * piece.length)));
      pieces.push(piece);
    }
    const query = pieces.join(random() < 0.8 ? ' ' : '');
    return random() < 0.1 ? { query, limit: 1 + Math.floor(random() * 500) } : { query };
  }

  function expectTyped(result: Result<unknown>, check: (value: unknown) => void): void {
    if (result.ok) check(result.value);
    else {
      expect(KNOWN_CODES).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  }

  it(`answers ${QUERIES.toLocaleString('en')} random queries, each with a typed answer and no exception`, async () => {
    const random = seeded(20_240_601);
    const counts = new Map<string, number>();
    const logged: string[] = [];
    // The real dispatcher over the real handlers, with its log of unexpected failures kept.
    const dispatch = createDispatcher(
      reader.handlers,
      (sender) => sender === TRUSTED_SENDER,
      (message) => logged.push(message),
    );
    for (let i = 0; i < QUERIES; i++) {
      const payload = randomQuery(random);
      let result: Result<unknown>;
      try {
        result = await dispatch(TRUSTED_SENDER, 'search:query', payload);
      } catch (error) {
        throw new Error(`query ${JSON.stringify(payload)} threw: ${String(error)}`, { cause: error });
      }
      const outcome = result.ok
        ? (((result.value as { hits: unknown[] }).hits.length > 0 ? 'hits' : 'no hits') as string)
        : result.error.code;
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      expectTyped(result, (value) => {
        const response = responseSchema.parse(value);
        const request = payload as { query: string; limit?: number };
        expect(response.query).toBe(request.query);
        expect(response.hits.length).toBeLessThanOrEqual(Math.min(response.total, request.limit ?? 50));
        for (const hit of response.hits) {
          // Every hit shows where it matched, inside its own text.
          expect(hit.highlights.length + hit.sectionTitleRanges.length).toBeGreaterThan(0);
          for (const [, to] of hit.snippetRanges) expect(to).toBeLessThanOrEqual(hit.snippet.length);
        }
      });
      const query = (payload as { query?: unknown } | null)?.query;
      // Characters as a reader counts them (code points: an emoji is one).
      if (typeof query === 'string' && [...query].length > MAX_QUERY_LENGTH) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(['invalid-request', 'payload-too-large']).toContain(result.error.code);
          expect(result.error.message).toMatch(/too long|too large/);
        }
      }
      // Now and then, the reading pane's request for the same query.
      if (typeof query === 'string' && i % 10 === 0) {
        const highlights = await dispatch(TRUSTED_SENDER, 'search:highlights', {
          query,
          documentId: 'belarus-un-human-rights-cooperation',
          sectionId: 'cooperation-with-the-human-rights-councils-mechanisms',
        });
        expectTyped(highlights, (value) => highlightsSchema.parse(value));
      }
    }
    expect(logged).toEqual([]); // no handler threw
    // The mix really exercised every kind of answer.
    // (Shares of the run: 50 of the default 10,000 is 1 in 200.)
    expect(counts.get('hits')).toBeGreaterThan(QUERIES / 5);
    expect(counts.get('no hits')).toBeGreaterThan(QUERIES / 200);
    expect(counts.get('bad-query')).toBeGreaterThan(QUERIES / 200);
    expect(counts.get('invalid-request')).toBeGreaterThan(QUERIES / 200);
  }, 120_000);

  it('caps the payload before reading it', async () => {
    const result = await reader.dispatch(TRUSTED_SENDER, 'search:query', { query: '😀'.repeat(MAX_PAYLOAD_BYTES) });
    expect(!result.ok && result.error.code).toBe('payload-too-large');
  });
});
