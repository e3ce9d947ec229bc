/**
 * The command-line companion: its commands run in this process through the `main` the script
 * runs (fast), and one real process shows what only a process can (exit codes, standard output
 * holding nothing but the JSON, a reader of the output that stops early).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../src/shared/contract';
import { shardPath } from '../../../src/main/search/index-loader';
import { ROOT, STATEMENT_ID } from '../../support/paths';
import { runReaderCli, type CliRun } from '../../support/reader-cli-run';
import { openTestReader, TRUSTED_SENDER } from '../../support/reader-services';
import { alterShardFile } from '../../support/shard-files';
import { copyOfCorpus } from '../../support/temp-corpus';
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
  it('prints one JSON object with --json: the query, the total, the notice and the same hits as the app', async () => {
    const { code, stdout } = await runReaderCli('search', 'special rapporteur', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      query: string;
      total: number;
      notice: string | null;
      hits: (Record<string, unknown> & { sectionId: string; paragraphId: string })[];
    };
    expect(Object.keys(answer)).toEqual(['query', 'total', 'notice', 'hits']);
    const app = await openTestReader().dispatch(TRUSTED_SENDER, 'search:query', { query: 'special rapporteur' });
    const response = (app as { value: SearchResponse }).value;
    expect(answer.query).toBe('special rapporteur');
    expect(answer.total).toBe(response.total);
    expect(answer.notice).toBe(response.notice);
    const expected = response.hits;
    expect(answer.hits.map((hit) => `${hit.sectionId}/${hit.paragraphId}`)).toEqual(
      expected.map((hit) => `${hit.sectionId}/${hit.paragraphId}`),
    );
    expect(answer.hits[0]).toEqual({
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

  it('puts the "showing results for" notice of a corrected query in the JSON', async () => {
    const { code, stdout, stderr } = await runReaderCli('search', 'constrctive', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { notice: string | null; total: number };
    expect(answer.notice).toMatch(/constructive|constrictive/);
    expect(answer.total).toBeGreaterThan(0);
    expect(stderr).toBe(`reader: ${answer.notice}\n`);
  });

  it('prints readable hits without --json, and no raw scores', async () => {
    const { code, stdout } = await runReaderCli('search', 'CEDAW');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 passage for “CEDAW”\n/);
    expect(stdout).toContain('Cooperation with human rights treaty bodies, paragraph 3');
    expect(stdout).not.toMatch(/score|\d\.\d{3}/i);
    expect((await runReaderCli('search', 'treaty')).stdout).toMatch(/^\d+ passages for “treaty”\n/);
  });

  it('searches the unquoted words after "search" as one query', async () => {
    const unquoted = await runReaderCli('search', 'treaty', 'bodies', '--json');
    const quoted = await runReaderCli('search', 'treaty bodies', '--json');
    expect(unquoted.code).toBe(0);
    expect(unquoted.stdout).toBe(quoted.stdout);
    expect((JSON.parse(unquoted.stdout) as { query: string }).query).toBe('treaty bodies');
  });

  it('cuts an over-long query and says so, never with the contract’s validation message', async () => {
    const { code, stdout, stderr } = await runReaderCli('search', `${'treaty '.repeat(200)}bodies`, '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { query: string; notice: string; total: number };
    expect(answer.query.length).toBeLessThanOrEqual(1000);
    expect(answer.notice).toMatch(/^Only the first 1,000 characters of the query were searched \(it had 1,406\)\./);
    expect(answer.total).toBeGreaterThan(0);
    expect(stderr).toContain('Only the first 1,000 characters');
    expect(stderr).not.toMatch(/Invalid request|too long|search:query/);
  });

  it.each([
    [['search', '***', '--json'], /no word to look for/],
    [['search'], /search needs words to look for/],
    [['search', 'a', '--limit', 'many'], /--limit must be a positive whole number/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['search', 'a', '--bogus'], /Unknown option '--bogus'/],
    [['sections', 'extra'], /sections takes no words/],
    [['sections', '--document', 'nope'], /no document 'nope'/],
  ])('rejects %j with a clear message, exit 2 and no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await runReaderCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads option values in any letter case, and checks --out and --sections before rendering anything', async () => {
    const folder = tempDir();
    // --paper a4 / LETTER are accepted: the refusal that follows is about --out, not the paper.
    for (const paper of ['a4', 'LETTER']) {
      const run = await runReaderCli('export', '--sections', 'ALL', '--paper', paper, '--out', join(folder, 'x.txt'));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^reader: --out must name a \.pdf file, not a \.txt file/);
    }
    const unknown = await runReaderCli('export', '--sections', '2,9', '--out', join(folder, 'x'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^reader: Document '[^']+' has no section '9'\. Name sections by number \(1–5\)/);
    const noSections = await runReaderCli('export', '--sections', ',', '--out', join(folder, 'x.pdf'));
    expect(noSections.code).toBe(2);
    expect(noSections.stderr).toMatch(/^reader: --sections names no section\./);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lists the sections with the number and id --sections accepts, and their titles', async () => {
    const { code, stdout, stderr } = await runReaderCli('sections');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const toc = openTestReader().services.store.getToc('belarus-un-human-rights-cooperation')!;
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'belarus-un-human-rights-cooperation: Statement of the Republic of Belarus on cooperation with the UN human rights system',
    );
    expect(lines.slice(1).map((line) => line.trim().split(/\s{2,}/))).toEqual(
      toc.sections.map((section) => [
        String(section.number),
        section.id,
        section.editorialTitle ? `[${section.title}]` : section.title,
      ]),
    );
    const json = await runReaderCli('sections', '--document', 'belarus-un-human-rights-cooperation', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      documentId: 'belarus-un-human-rights-cooperation',
      sections: toc.sections.map(({ number, id, title, editorialTitle }) => ({ number, id, title, editorialTitle })),
    });
  });

  it('warns about an index altered behind its stamp, then answers from an index rebuilt from the corpus', async () => {
    const dir = copyOfCorpus();
    // The statement's shard: the document opened (and its shard loaded) first.
    const indexPath = shardPath(dir, STATEMENT_ID);
    alterShardFile(indexPath, (entries) => entries.filter(({ term }) => term !== 'tortur'));
    const { code, stdout, stderr } = await runReaderCli('search', 'torture', '--json', '--corpus', dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^reader: warning: The search index was rebuilt in memory because the index file was changed/,
    );
    expect((JSON.parse(stdout) as { total: number }).total).toBeGreaterThan(0);
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
