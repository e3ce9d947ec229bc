/**
 * The command-line companion's `export`, run as a user runs it (`npm run -s reader -- export …`):
 * same handler, composer and print settings as the app, rendered by the system Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText, pdfInfo, pdfOutline } from '../support/export-support';
import { ROOT } from '../support/paths';
import { normalizeSpace } from '../support/seed';
import { copyOfCorpus } from '../support/temp-corpus';
import { tempDir } from '../support/temp-folders';
import { ALTERED_TEXT_LINE } from '../../src/main/corpus/altered-text-notice';
import { hashDocuments, shortHash } from '../../src/main/corpus/content-hash';
import type { CorpusFile } from '../../src/shared/corpus-types';

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

  it('exports an altered corpus with its own fingerprint and the altered-text line on every page', () => {
    const dir = copyOfCorpus();
    const corpusPath = join(dir, 'corpus.json');
    const original = readFileSync(corpusPath, 'utf8');
    writeFileSync(corpusPath, original.replace('officially invited', 'never invited'));
    const altered = JSON.parse(readFileSync(corpusPath, 'utf8')) as CorpusFile;
    const actualHash = hashDocuments(altered.documents);
    const out = join(tempDir(), 'altered.pdf');
    const run = reader(['export', '--sections', 'all', '--out', out, '--toc', '--corpus', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^reader: warning: The content does not match its stamp/);
    const pages = Number(pdfInfo(out).Pages);
    expect(pages).toBeGreaterThan(2);
    const texts = Array.from({ length: pages }, (_, page) => normalizeSpace(pageText(out, page + 1)));
    for (const [page, text] of texts.entries()) {
      expect(text, `page ${page + 1}`).toContain(ALTERED_TEXT_LINE);
      expect(text, `page ${page + 1}`).toContain(`Content ${shortHash(actualHash)}`);
    }
    const all = texts.join(' ');
    expect(all).toContain('never invited');
    expect(all).toContain(`Content hash (SHA-256) ${actualHash}`);
    // The stamped hash is named once: as the published document's, beside the altered text's own.
    expect(all.split(shortHash(altered.stamp.contentHash)).length).toBe(2);
  });

  it('resolves a relative --out against the folder the command was typed in', () => {
    const folder = tempDir();
    const run = npmReader(['export', '--sections', 'all', '--out', 'whole.pdf'], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${join(folder, 'whole.pdf')}\\t\\d+ pages\\n$`));
    expect(pdfOutline(join(folder, 'whole.pdf'))).toHaveLength(5);
  });

  it('refuses unknown ids with exit code 2, naming them and the known ones, and writes nothing', () => {
    const folder = tempDir();
    const run = reader(['export', '--sections', 'opening-statement,nope', '--out', join(folder, 'x.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^reader: Document 'belarus-un-human-rights-cooperation' has no section 'nope'\. Its sections are: opening-statement, cooperation-with-human-rights-treaty-bodies, /,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports an unwritable path with exit code 3 and leaves nothing behind', () => {
    const folder = tempDir();
    const out = join(folder, 'missing', 'x.pdf');
    const run = reader(['export', '--sections', 'opening-statement', '--out', out]);
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(
      `reader: The folder ${join(folder, 'missing')} does not exist. Nothing was saved. Choose another folder.\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('explains bad usage with exit code 2', () => {
    const noOut = reader(['export', '--sections', 'all']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/^reader: export needs --out <file\.pdf>\.\nUsage:/);
    const badPaper = reader(['export', '--sections', 'all', '--out', '/tmp/x.pdf', '--paper', 'A5']);
    expect(badPaper.status).toBe(2);
    expect(badPaper.stderr).toMatch(/^reader: --paper must be A4 or Letter, not 'A5'\./);
  });
});
