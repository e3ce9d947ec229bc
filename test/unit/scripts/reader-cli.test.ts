/**
 * The command-line companion: its commands run in this process through the `main` the script
 * runs (fast), and one real process shows what only a process can (exit codes, standard output
 * holding nothing but the JSON, a reader of the output that stops early).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/shared/contract';
import { ROOT } from '../../support/paths';
import { runReaderCli, type CliRun } from '../../support/reader-cli-run';
import { openTestReader, TRUSTED_SENDER } from '../../support/reader-services';
import { tempDir } from '../../support/temp-folders';

/** Starts the companion as `npm run reader` does once the corpus is fresh; `closeStdout` hangs up on its output at once. */
function readerProcess(
  args: string[],
  { closeStdout = false } = {},
): Promise<Omit<CliRun, 'code'> & { code: number | null }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'reader-cli.ts'), ...args],
    { cwd: ROOT },
  );
  let stdout = '';
  let stderr = '';
  if (closeStdout)
    child.stdout.destroy(); // the reading end is gone before the first line is written
  else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command-line companion', () => {
  it('prints only a JSON array with --json, with the same hits as the app', async () => {
    const { code, stdout } = await runReaderCli('search', 'special rapporteur', '--json');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as {
      sectionId: string;
      paragraphId: string;
      score: number;
      snippet: string;
      sectionTitle: string;
    }[];
    const app = await openTestReader().dispatch(TRUSTED_SENDER, 'search:query', { query: 'special rapporteur' });
    const expected = (app as { value: SearchResponse }).value.hits;
    expect(hits.map((hit) => `${hit.sectionId}/${hit.paragraphId}`)).toEqual(
      expected.map((hit) => `${hit.sectionId}/${hit.paragraphId}`),
    );
    expect(hits[0]).toEqual({
      documentId: expected[0]!.documentId,
      sectionId: expected[0]!.sectionId,
      sectionTitle: expected[0]!.sectionTitle,
      paragraphId: expected[0]!.paragraphId,
      paragraphNumber: expected[0]!.paragraphNumber,
      score: expected[0]!.score,
      snippet: expected[0]!.snippet,
    });
  });

  it('prints readable hits without --json', async () => {
    const { code, stdout } = await runReaderCli('search', 'CEDAW');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 passage\(s\) for “CEDAW”/);
    expect(stdout).toContain('Cooperation with human rights treaty bodies, paragraph 3');
  });

  it.each([
    [['search', '***', '--json'], /no word to look for/],
    [['search', 'x'.repeat(1001)], /too long/],
    [['search'], /exactly one query/],
    [['search', 'a', '--limit', 'many'], /--limit must be a positive whole number/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['search', 'a', '--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with a clear message, exit 2 and no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await runReaderCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with the file name when the corpus is unusable', async () => {
    const { code, stderr } = await runReaderCli('search', 'UPR', '--corpus', tempDir());
    expect(code).toBe(1);
    expect(stderr).toMatch(/document collection is missing.*corpus\.json/);
  });

  // Three TypeScript processes at once: about 8 s on an idle 2-core machine, much more on a busy one.
  it(
    'as a real process: writes to its streams, exits with the code, and stops quietly when its reader stops early',
    { timeout: 120_000 },
    async () => {
      // Started together: each process starts TypeScript, which is the slow part.
      const [json, refused, hungUp, inProcess] = await Promise.all([
        readerProcess(['search', 'special rapporteur', '--json']),
        readerProcess(['search', '***']),
        readerProcess(['search', 'human rights'], { closeStdout: true }),
        runReaderCli('search', 'special rapporteur', '--json'),
      ]);
      expect(json).toEqual({ code: 0, stdout: inProcess.stdout, stderr: inProcess.stderr });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^reader: There is no word to look for/);
      expect(hungUp.stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(hungUp.code).toBe(0);
    },
  );
});
