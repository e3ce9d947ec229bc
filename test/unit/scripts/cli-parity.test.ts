/**
 * The command-line companion gives the same hits, in the same order, as the app: each query is
 * run through `npm run -s reader -- search Q --json` (a real child process) and through the
 * handler the app's window calls, and the answers are compared field by field.
 */
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCliHit } from '../../../scripts/cli-hit';
import { ROOT } from '../../support/paths';
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

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'reader', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the command-line companion answers as the app does', () => {
  let reader: TestReader;
  let runs: Map<string, CliRun>;

  beforeAll(async () => {
    reader = openTestReader();
    // Two children at a time: each starts npm and tsx twice, which is the slow part.
    runs = new Map();
    for (let i = 0; i < QUERIES.length; i += 2) {
      const pair = QUERIES.slice(i, i + 2);
      const done = await Promise.all(pair.map((query) => runCli(['search', query, '--json'])));
      pair.forEach((query, j) => runs.set(query, done[j]!));
    }
  }, 120_000);

  it.each(QUERIES)('same hits in the same order for %s', async (query) => {
    const run = runs.get(query)!;
    expect(run.code).toBe(0);
    const fromCli = JSON.parse(run.stdout) as Record<string, unknown>[];
    const result = await reader.api.search({ query });
    if (!result.ok) throw new Error(result.error.message);
    const fromApp = result.value.hits.map(toCliHit);
    expect(fromApp.length).toBeGreaterThan(0);
    expect(fromCli).toEqual(fromApp);
    // The app's notice (partial matches, corrections) goes to stderr, never into the JSON.
    if (result.value.notice) expect(run.stderr).toContain(result.value.notice);
  });

  it('refuses a query with nothing to search with the app’s message and exit code 2', async () => {
    const run = await runCli(['search', '***', '--json']);
    const result = await reader.api.search({ query: '***' });
    expect(result.ok).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    if (!result.ok) expect(run.stderr).toContain(result.error.message);
  }, 60_000);
});
