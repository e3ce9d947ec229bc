/**
 * The command-line companion's `export`, run as a user runs it (`npm run -s reader -- export …`,
 * or the script itself): same handler, composer and print settings as the app, rendered by the
 * system Chromium. Refusals, which need no process of their own, run the companion's `main` here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText, pdfInfo, pdfOutline } from '../support/export-support';
import { ROOT } from '../support/paths';
import { runReaderCli } from '../support/reader-cli-run';
import { normalizeSpace } from '../support/seed';
import { tempDir } from '../support/temp-folders';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s reader -- …` typed in `cwd` (npm runs the script from the project root and says where it was typed in INIT_CWD). */
function npmReader(args: string[], cwd: string): Run {
  return spawnSync('npm', ['run', '-s', '--prefix', ROOT, 'reader', '--', ...args], { cwd, encoding: 'utf8' });
}

/** Runs the companion script itself, as `npm run reader` does once the corpus is fresh (faster: no npm, no staleness check). */
function reader(args: string[]): Run {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'reader-cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('reader export', () => {
  it('exports the named sections in document order and prints the path and page count', () => {
    const folder = tempDir();
    const out = join(folder, 'meeting.pdf');
    const run = reader([
      'export',
      '--sections',
      'bilateral-human-rights-dialogues,opening-statement',
      '--out',
      out,
      '--paper',
      'Letter',
      '--toc',
      '--numbers',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pages = Number(pdfInfo(out).Pages);
    expect(run.stdout).toBe(`${out}\t${pages} pages\n`);
    expect(pdfInfo(out)['Page size']).toMatch(/\(letter\)/);
    expect(pdfOutline(out).map((bookmark) => bookmark.title)).toEqual([
      'Opening statement',
      'Bilateral human rights dialogues.',
    ]);
    const contents = normalizeSpace(pageText(out, 1));
    expect(contents).toMatch(
      /Contents 1 Opening statement 2 5 Bilateral human rights dialogues\. \d+ Contents Exported \d+ \w+ \d{4}/,
    );
    expect(readdirSync(folder)).toEqual(['meeting.pdf']);
  });

  it('resolves a relative --out against the folder the command was typed in', () => {
    const folder = tempDir();
    const run = npmReader(['export', '--sections', 'all', '--out', 'whole.pdf'], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${join(folder, 'whole.pdf')}\\t\\d+ pages\\n$`));
    expect(pdfOutline(join(folder, 'whole.pdf'))).toHaveLength(5);
  });

  it('refuses unknown ids with exit code 2, naming them and the known ones, and writes nothing', async () => {
    const folder = tempDir();
    const run = await runReaderCli('export', '--sections', 'opening-statement,nope', '--out', join(folder, 'x.pdf'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^reader: Document 'belarus-un-human-rights-cooperation' has no section 'nope'\. Its sections are: opening-statement, cooperation-with-human-rights-treaty-bodies, /,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports an unwritable path with exit code 3 and leaves nothing behind', async () => {
    const folder = tempDir();
    const out = join(folder, 'missing', 'x.pdf');
    const run = await runReaderCli('export', '--sections', 'opening-statement', '--out', out);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `reader: The folder ${join(folder, 'missing')} does not exist. Nothing was saved. Choose another folder.\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('explains bad usage with exit code 2', async () => {
    const noOut = await runReaderCli('export', '--sections', 'all');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^reader: export needs --out <file\.pdf>\.\nUsage:/);
    const badPaper = await runReaderCli('export', '--sections', 'all', '--out', '/tmp/x.pdf', '--paper', 'A5');
    expect(badPaper.code).toBe(2);
    expect(badPaper.stderr).toMatch(/^reader: --paper must be A4 or Letter, not 'A5'\./);
  });
});
