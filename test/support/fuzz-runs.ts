/**
 * How many random cases the fuzz and property tests run, from ONE environment variable:
 * `READER_FUZZ_RUNS` is the number of cases of the largest fuzz (10,000 by default, what CI runs);
 * every other property keeps its share of it (one that runs 2,000 by default runs a fifth).
 *
 *   READER_FUZZ_RUNS=2000 npx vitest run test/unit/main/ipc    # a quicker local pass
 *   READER_FUZZ_RUNS=100000 npx vitest run test/unit/main/ipc  # a longer hunt
 *
 * The fuzz tests also check that their generators reached every kind of answer (a success, each
 * refusal); with fewer than about 2,000 runs some are not reached, and the check says so.
 */

/** The default of `READER_FUZZ_RUNS`: the largest fuzz's count when the variable is not set. */
const DEFAULT_RUNS = 10_000;

function requestedRuns(): number {
  const text = process.env.READER_FUZZ_RUNS;
  if (text === undefined || text.trim() === '') return DEFAULT_RUNS;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`READER_FUZZ_RUNS must be a positive whole number of runs, not '${text}'.`);
  return runs;
}

/** The number of runs for a property whose count is `byDefault` when READER_FUZZ_RUNS is not set (at least 1). */
export function fuzzRuns(byDefault: number): number {
  return Math.max(1, Math.round((byDefault * requestedRuns()) / DEFAULT_RUNS));
}
