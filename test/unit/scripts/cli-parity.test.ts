/**
 * The command-line companion gives the same hits, in the same order, as the app: each query is
 * run through the companion's `main` (`reader search Q --json`, in this process: the real process
 * is tested once in reader-cli.test.ts) and through the API the app's window calls, and the
 * answers are compared field by field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toCliHit } from '../../../scripts/cli-hit';
import { runReaderCli, type CliRun } from '../../support/reader-cli-run';
import { openTestReader, type TestReader } from '../../support/reader-services';

/** One query per strategy: plain words with a curly apostrophe, phrase, prefix, correction, partial matches, operators. */
const QUERIES = [
  'Council’s mechanisms',
  '"special rapporteur"',
  'rights*',
  'constrctive',
  'treaty hamster',
  '+UPR -Western',
];

describe('the command-line companion answers as the app does', () => {
  let reader: TestReader;
  let runs: Map<string, CliRun>;

  beforeAll(async () => {
    reader = openTestReader();
    runs = new Map();
    for (const query of QUERIES) runs.set(query, await runReaderCli('search', query, '--json'));
  });

  it.each(QUERIES)('same hits in the same order for %s', async (query) => {
    const run = runs.get(query)!;
    expect(run.code).toBe(0);
    const fromCli = JSON.parse(run.stdout) as { query: string; total: number; notice: string | null; hits: unknown[] };
    const result = await reader.api.search({ query });
    if (!result.ok) throw new Error(result.error.message);
    const fromApp = result.value.hits.map(toCliHit);
    expect(fromApp.length).toBeGreaterThan(0);
    expect(fromCli.hits).toEqual(fromApp);
    expect(fromCli.total).toBe(result.value.total);
    // The app's notice (partial matches, corrections) is in the JSON, and told on stderr too.
    expect(fromCli.notice).toBe(result.value.notice);
    if (result.value.notice) expect(run.stderr).toContain(result.value.notice);
  });

  it('refuses a query with nothing to search with the app’s message and exit code 2', async () => {
    const run = await runReaderCli('search', '***', '--json');
    const result = await reader.api.search({ query: '***' });
    expect(result.ok).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    if (!result.ok) expect(run.stderr).toContain(result.error.message);
  });
});
