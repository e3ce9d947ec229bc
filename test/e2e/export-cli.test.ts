/**
 * The command-line companion's `export`, run as a user runs it (`npm run -s reader -- export …`,
 * or the script itself): same handler, composer and print settings as the app, rendered by the
 * system Chromium. Refusals, which need no process of their own, run the companion's `main` here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  A4,
  body,
  footer,
  pageText,
  pdfInfo,
  pdfOutline,
  printedText,
  sectionOpeningPage,
} from '../support/export-support';
import { openTestReader } from '../support/reader-services';
import { ROOT, STATEMENT_ID } from '../support/paths';
import { runReaderCli } from '../support/reader-cli-run';
import { normalizeSpace } from '../support/seed';
import { copyOfCorpus } from '../support/temp-corpus';
import { tempDir } from '../support/temp-folders';
import { ALTERED_TEXT_LINE } from '../../src/main/corpus/altered-text-notice';
import { hashDocuments } from '../../src/main/corpus/content-hash';
import { documentPath, readCheckedCorpus } from '../../src/main/corpus/corpus-loader';
import { shortFingerprint } from '../../src/shared/fingerprint';

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
    // The statement's own file is altered (the catalog, and its hash of the statement, are left as built).
    const documentFile = documentPath(dir, STATEMENT_ID);
    writeFileSync(documentFile, readFileSync(documentFile, 'utf8').replace('officially invited', 'never invited'));
    const altered = readCheckedCorpus(dir).corpus;
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
      expect(text, `page ${page + 1}`).toContain(`Content ${shortFingerprint(actualHash)}`);
    }
    const all = texts.join(' ');
    expect(all).toContain('never invited');
    expect(all).toContain(`Content hash (SHA-256) ${actualHash}`);
    // The stamped hash is named once: as the published document's, beside the altered text's own.
    expect(all.split(shortFingerprint(altered.stamp.contentHash)).length).toBe(2);
  });

  it('resolves a relative --out against the folder the command was typed in', () => {
    const folder = tempDir();
    const run = npmReader(['export', '--sections', 'all', '--out', 'whole.pdf'], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${join(folder, 'whole.pdf')}\\t\\d+ pages\\n$`));
    expect(pdfOutline(join(folder, 'whole.pdf'))).toHaveLength(5);
  });

  it('refuses unknown sections with exit code 2, naming them and how sections are named, and writes nothing', async () => {
    const folder = tempDir();
    const run = await runReaderCli('export', '--sections', 'opening-statement,nope,7', '--out', join(folder, 'x.pdf'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "reader: Document 'belarus-un-human-rights-cooperation' has no sections 'nope', '7'. Name sections by number (1–5), by id, or as a range such as 1,3-4; `reader sections` lists them.\n",
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

  it('calls a folder that exists but accepts no files unwritable, not missing', async () => {
    const run = await runReaderCli('export', '--sections', '2', '--out', '/proc/x.pdf');
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      'reader: The folder /proc cannot be written to (it does not accept new files). Nothing was saved. Choose another folder.\n',
    );
    expect(existsSync('/proc/x.pdf')).toBe(false);
  });

  it('explains bad usage with exit code 2, and writes nothing', async () => {
    const folder = tempDir();
    const noOut = await runReaderCli('export', '--sections', 'all');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^reader: export needs --out <file\.pdf>\.\nUsage:/);
    const badPaper = await runReaderCli('export', '--sections', 'all', '--out', join(folder, 'x.pdf'), '--paper', 'A5');
    expect(badPaper.code).toBe(2);
    expect(badPaper.stderr).toMatch(/^reader: --paper must be A4 or Letter, not 'A5'\./);
    const notPdf = await runReaderCli('export', '--sections', '1', '--out', join(folder, 'x.txt'));
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr).toBe(
      `reader: --out must name a .pdf file, not a .txt file ('${join(folder, 'x.txt')}'); for example --out ${join(folder, 'x.pdf')}.\n`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('takes section numbers and ranges, option values in any case, and gives a name without .pdf its extension', () => {
    const folder = tempDir();
    const run = reader(['export', '--sections', '4-5, 2', '--out', join(folder, 'briefing'), '--paper', 'letter']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = join(folder, 'briefing.pdf');
    expect(run.stdout).toBe(`${out}\t${pdfInfo(out).Pages} pages\n`);
    expect(pdfInfo(out)['Page size']).toMatch(/\(letter\)/);
    expect(pdfOutline(out).map((bookmark) => bookmark.title)).toEqual([
      'Cooperation with human rights treaty bodies',
      'Cooperation with the Human Rights Council’s mechanisms',
      'Bilateral human rights dialogues.',
    ]);
    expect(readdirSync(folder)).toEqual(['briefing.pdf']);
  });
});

describe('reader export of the whole statement as a handout (the defaults, A4)', () => {
  const document = openTestReader().services.store.getDocument('belarus-un-human-rights-cooperation')!;
  const folder = tempDir();
  const out = join(folder, 'handout.pdf');
  let pages: number;
  let run: Run;

  beforeAll(() => {
    run = reader(['export', '--sections', 'ALL', '--out', out, '--paper', 'a4']);
    pages = Number(pdfInfo(out).Pages);
  });

  it('fits on four pages or fewer, title block included', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${out}\t${pages} pages\n`);
    expect(pdfInfo(out)['Page size']).toMatch(/\(A4\)/);
    expect(pages).toBeLessThanOrEqual(4);
    expect(normalizeSpace(pageText(out, 1, body(A4)))).toMatch(
      /^Statement of the Republic of Belarus on cooperation with the UN human rights system Descriptive title; published under the heading/,
    );
  });

  it('lets sections share pages, and names on each page’s footer the section its first words belong to', () => {
    const outline = pdfOutline(out);
    expect(new Set(outline.map((bookmark) => bookmark.page)).size).toBeLessThan(outline.length);
    const labels: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const opening = sectionOpeningPage(pageText(out, page, body(A4)), document.sections, 5, true);
      // Page 1 opens with the title block, which the first section follows.
      const expected = opening ?? document.sections[0]!;
      const printed = normalizeSpace(pageText(out, page, footer(A4)));
      expect(printed, `footer of page ${page}`).toMatch(new RegExp(`^${escapeRegExp(expected.title)} Exported `));
      labels.push(expected.title);
    }
    // The text above a heading belongs to the section before it: some page's footer names a section that starts on an earlier page.
    expect(labels.some((label, index) => outline.find((bookmark) => bookmark.title === label)!.page < index + 1)).toBe(
      true,
    );
  });

  it('numbers paragraphs and list items by default, and keeps the list of nine rapporteurs on one page', () => {
    const mechanisms = document.sections[3]!;
    const invitation = mechanisms.paragraphs.find((paragraph) => paragraph.items.length === 9)!;
    const onPages = Array.from({ length: pages }, (_, i) => normalizeSpace(pageText(out, i + 1, body(A4))));
    const holding = onPages.findIndex((text) => text.includes(normalizeSpace(invitation.items[0]!.text)));
    expect(holding).toBeGreaterThanOrEqual(0);
    const listed = [
      String(invitation.number),
      normalizeSpace(invitation.text),
      ...invitation.items.flatMap((item) => [String(item.number), normalizeSpace(item.text)]),
    ].join(' ');
    expect(onPages[holding]).toContain(listed);
    expect(normalizeSpace(onPages.join(' '))).toContain(printedText(mechanisms, 5, true).slice(0, 400));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
