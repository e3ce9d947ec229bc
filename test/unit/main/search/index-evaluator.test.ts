/**
 * The evaluator answers exactly as Lunr does: for thousands of random queries (exact terms,
 * prefixes, terms the index lacks; required, optional, excluded; boosts; field choices), the same
 * paragraphs as `lunr.Index#query` with the same scores, on the bundled statement and on a
 * generated library. Lunr is the reference here, not our code.
 */
import fc from 'fast-check';
import lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary, seededRandom } from '../../../../scripts/bench/generate-library';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { buildSearchIndex } from '../../../../src/main/search/search-index';
import { IndexEvaluator, topScored, type EvaluatedClause } from '../../../../src/main/search/index-evaluator';
import { fuzzRuns } from '../../../support/fuzz-runs';
import { CORPUS_DIR } from '../../../support/paths';
import { tempDir } from '../../../support/temp-folders';

/** A query clause as a test writes it: one term, or a prefix (Lunr's trailing wildcard). */
interface TestClause {
  text: string;
  prefix: boolean;
  fields: string[];
  presence: EvaluatedClause['presence'];
  boost: number;
}

const PRESENCE = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  excluded: lunr.Query.presence.PROHIBITED,
} as const;
const FIELDS = ['title', 'body', 'joined'];

interface Loaded {
  index: lunr.Index;
  evaluator: IndexEvaluator;
  terms: string[];
}

/** The index shard of the corpus's first document. */
function load(corpusDir: string): Loaded {
  const { opening } = loadCorpus(corpusDir);
  // Lunr's own index of the document, and the evaluator over the compact index the build wrote.
  const index = buildSearchIndex(opening.document);
  expect(opening.rebuilt).toBe(false);
  const evaluator = new IndexEvaluator(opening.index);
  return { index, evaluator, terms: evaluator.termsWithPrefix('') };
}

/** Lunr's own answer, as a map of reference → score. */
function lunrAnswer(index: lunr.Index, clauses: TestClause[]): Map<number, number> {
  const results = index.query((query) => {
    for (const clause of clauses) {
      query.term(clause.text, {
        fields: clause.fields,
        presence: PRESENCE[clause.presence],
        boost: clause.boost,
        usePipeline: false,
        wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      });
    }
  });
  return new Map(results.map((result) => [Number(result.ref), result.score]));
}

function evaluatorAnswer({ evaluator }: Loaded, clauses: TestClause[]): Map<number, number> {
  const scored = evaluator.evaluate(
    clauses.map((clause) => ({
      ...clause,
      terms: clause.prefix ? evaluator.termsWithPrefix(clause.text) : [clause.text],
    })),
  );
  return new Map(Array.from(scored.ordinals, (ordinal, i) => [ordinal, scored.scores[i]!]));
}

function expectSameAnswer(loaded: Loaded, clauses: TestClause[]): void {
  const expected = lunrAnswer(loaded.index, clauses);
  const actual = evaluatorAnswer(loaded, clauses);
  expect([...actual.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
  for (const [ordinal, score] of expected) expect(actual.get(ordinal)).toBeCloseTo(score, 9);
}

function clauseArbitrary(terms: string[]): fc.Arbitrary<TestClause> {
  const text = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...terms) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...terms)
        .chain((term) => fc.integer({ min: 1, max: Math.max(1, term.length) }).map((n) => term.slice(0, n))),
    },
    { weight: 1, arbitrary: fc.constantFrom('zzqx', 'hamsterish', 'ü') },
  );
  return fc.record({
    text,
    prefix: fc.boolean(),
    fields: fc.subarray(FIELDS, { minLength: 1 }),
    presence: fc.constantFrom<EvaluatedClause['presence']>('required', 'required', 'optional', 'optional', 'excluded'),
    boost: fc.constantFrom(1, 0.2, 1.5, 3),
  });
}

function runProperty(loaded: Loaded, runs: number): void {
  fc.assert(
    fc.property(
      fc
        .array(clauseArbitrary(loaded.terms), { minLength: 1, maxLength: 5 })
        .filter((clauses) => clauses.some((clause) => clause.presence !== 'excluded')),
      (clauses) => expectSameAnswer(loaded, clauses),
    ),
    { numRuns: runs, seed: 20_261_128 },
  );
}

describe('the evaluator answers as lunr.Index#query does', () => {
  let statement: Loaded;
  let library: Loaded;

  beforeAll(() => {
    statement = load(CORPUS_DIR);
    library = load(
      generateLibrary(tempDir('reader-evaluator-'), { sections: 150, sectionsPerDocument: 150, seed: 7 }).corpusDir,
    );
  });

  it('on the bundled statement, for random queries', () => {
    runProperty(statement, fuzzRuns(2_000));
  });

  it('on a generated library, for random queries', () => {
    expect(library.terms.length).toBeGreaterThan(1_000);
    runProperty(library, fuzzRuns(1_000));
  });

  it('for a term repeated across clauses, and a prefix with hundreds of expansions', () => {
    const common = library.terms.find((term) => term.startsWith('right'))!;
    expectSameAnswer(library, [
      { text: common, prefix: false, fields: ['body'], presence: 'required', boost: 1 },
      { text: common, prefix: false, fields: ['body', 'title'], presence: 'optional', boost: 0.2 },
      { text: 's', prefix: true, fields: ['body', 'joined'], presence: 'required', boost: 1 },
    ]);
    expect(library.evaluator.termsWithPrefix('s').length).toBeGreaterThan(100);
  });

  it('finds nothing when a required term is not in the index', () => {
    const scored = statement.evaluator.evaluate([
      { terms: ['right'], fields: ['body'], presence: 'optional', boost: 1 },
      { terms: ['hamsterish'], fields: ['body'], presence: 'required', boost: 1 },
    ]);
    expect(scored.ordinals.length).toBe(0);
    expect(
      lunrAnswer(statement.index, [
        { text: 'right', prefix: false, fields: ['body'], presence: 'optional', boost: 1 },
        { text: 'hamsterish', prefix: false, fields: ['body'], presence: 'required', boost: 1 },
      ]).size,
    ).toBe(0);
  });
});

describe('IndexEvaluator.scoreOrdinals', () => {
  it('gives for chosen paragraphs exactly what evaluate gives them (random queries, random choices)', () => {
    const library = load(
      generateLibrary(tempDir('reader-score-ordinals-'), { sections: 150, sectionsPerDocument: 150, seed: 11 })
        .corpusDir,
    );
    const paragraphs =
      Math.max(
        ...library.evaluator.evaluate([{ terms: library.terms, fields: FIELDS, presence: 'optional', boost: 1 }])
          .ordinals,
      ) + 1;
    let scoredSome = 0;
    fc.assert(
      fc.property(
        fc
          .array(clauseArbitrary(library.terms), { minLength: 1, maxLength: 5 })
          .filter((clauses) => clauses.some((clause) => clause.presence !== 'excluded')),
        // A share of the paragraphs: a few (binary searches) up to most of them (one merge pass).
        fc.constantFrom(0.01, 0.1, 0.5, 1),
        fc.integer(),
        (clauses, share, seed) => {
          const evaluated = clauses.map((clause) => ({
            ...clause,
            terms: clause.prefix ? library.evaluator.termsWithPrefix(clause.text) : [clause.text],
          }));
          const full = library.evaluator.evaluate(evaluated);
          const random = seededRandom(seed);
          const chosen = Int32Array.from({ length: paragraphs }, (_, i) => i).filter(() => random() < share);
          const expected = new Map<number, number>();
          full.ordinals.forEach((ordinal, i) => {
            if (chosen.includes(ordinal)) expected.set(ordinal, full.scores[i]!);
          });
          const actual = library.evaluator.scoreOrdinals(evaluated, chosen);
          expect(Array.from(actual.ordinals)).toEqual([...expected.keys()]);
          expect(Array.from(actual.scores)).toEqual([...expected.values()]);
          if (expected.size > 0) scoredSome++;
        },
      ),
      { numRuns: fuzzRuns(500), seed: 20_261_202 },
    );
    expect(scoredSome).toBeGreaterThan(fuzzRuns(500) / 10);
  });
});

describe('topScored', () => {
  it('keeps the best (of those reaching a score, when asked), best first, ties in reading order, as a full sort would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0.5, 1, 1.25, 2, 7.5), { maxLength: 300 }),
        fc.integer({ min: 0, max: 60 }),
        (values, limit) => {
          const scored = { ordinals: Int32Array.from(values, (_, i) => i * 3), scores: Float64Array.from(values) };
          const full = values
            .map((score, i) => ({ ordinal: i * 3, score }))
            .sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
          expect(topScored(scored, limit)).toEqual(full.slice(0, limit));
          for (const atLeast of [0.5, 1.25, 3])
            expect(topScored(scored, limit, atLeast)).toEqual(
              full.filter((passage) => passage.score >= atLeast).slice(0, limit),
            );
        },
      ),
      { numRuns: fuzzRuns(500), seed: 7 },
    );
  });
});
