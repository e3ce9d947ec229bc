import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/shared/contract';
import { ROOT } from '../../support/paths';
import { openTestReader, TRUSTED_SENDER } from '../../support/reader-services';
import { tempDir } from '../../support/temp-folders';

/** Runs the companion exactly as `npm run -s reader -- …` does (after the corpus step). */
function reader(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'reader-cli.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command-line companion', () => {
  it('prints only a JSON array with --json, with the same hits as the app', async () => {
    const { status, stdout } = reader('search', 'special rapporteur', '--json');
    expect(status).toBe(0);
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
      language: expected[0]!.language,
      sectionId: expected[0]!.sectionId,
      sectionTitle: expected[0]!.sectionTitle,
      paragraphId: expected[0]!.paragraphId,
      paragraphNumber: expected[0]!.paragraphNumber,
      score: expected[0]!.score,
      snippet: expected[0]!.snippet,
    });
  });

  it('stops quietly when what reads its output stops early (as `| head` does)', async () => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'reader-cli.ts'),
        'search',
        'human rights',
      ],
      { cwd: ROOT },
    );
    child.stdout.destroy(); // the reading end is gone before the first line is written
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(status).toBe(0);
  });

  it('prints readable hits without --json', () => {
    const { status, stdout } = reader('search', 'CEDAW');
    expect(status).toBe(0);
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
  ])('rejects %j with a clear message, exit 2 and no stack trace', (args, message) => {
    const { status, stdout, stderr } = reader(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 with the file name when the corpus is unusable', () => {
    const { status, stderr } = reader('search', 'UPR', '--corpus', tempDir());
    expect(status).toBe(1);
    expect(stderr).toMatch(/document collection is missing.*corpus\.json/);
  });
});
