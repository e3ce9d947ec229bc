/**
 * Parses a source document (resources/documents/*.md) into a `CorpusDocument`.
 *
 * The format is a deliberately small Markdown subset, read literally so that official wording is
 * never altered (no emphasis, entities or smart quotes are interpreted):
 *   - YAML front matter between `---` lines: title (the heading as published), issuer, language (a
 *     BCP 47 tag), provenance (required), id (defaults to the file name), descriptiveTitle (what
 *     the document is, when its heading does not say it) and openingSectionTitle (label for
 *     paragraphs before the first heading; required only if there are such paragraphs) and work
 *     (the work the document is one language of, shared by its translations: `udhr`);
 *   - `## Heading` starts a section; `## Article 19 {#article-19}` also gives its id (lower-case
 *     words joined by `-`, unique in the document). Without one, the id is the heading's words
 *     when they are all Latin letters or digits (`## Treaty bodies` → `treaty-bodies`, `-2` added
 *     when taken), else `section-N` for the N-th section, whatever the script;
 *   - a blank line separates paragraphs;
 *   - `N. text` starts paragraph number N of a numbered list (numbers rising within a section);
 *   - `- item` lines form a bulleted list that belongs to the paragraph before it;
 *   - a line that begins with a backslash is text, whatever follows: the backslash is dropped
 *     (`\- 1948` is a paragraph that begins with "- 1948", `\\` one that begins with "\").
 * Only spaces and tabs around a line are layout; any other character is text. The file's name is
 * kept with the document (`sourceFile`), so the reader can say which file a text comes from.
 * Anything else that looks like Markdown structure (other heading levels, quotes, tables, code
 * fences) is rejected with its line number rather than silently mangled.
 */
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CorpusDocument, Paragraph, Section } from '../../shared/corpus-types';
import { foldWord } from '../text/text-analysis';

/** A source file that cannot be turned into a document; `message` names the file and line. */
export class SourceDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceDocumentError';
  }
}

interface FrontMatter {
  id: string;
  title: string;
  descriptiveTitle?: string;
  issuer: string;
  language: string;
  provenance: string;
  openingSectionTitle?: string;
  work?: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An explicit section id at the end of a heading: `## Article 19 {#article-19}`. */
const EXPLICIT_ID = /\s*\{#([^{}]*)\}$/u;
const NUMBERED = /^(\d+)\. /;

/**
 * A URL-safe id from a title whose words are all Latin letters or digits once folded
 * (`Human Rights Council’s mechanisms` → `human-rights-council-mechanisms`); empty for any other
 * title (`Статья 1`, `序言`), which then gets a numbered id.
 */
export function slugify(title: string): string {
  const words = title
    .split(/[^\p{L}\p{N}'’]+/u)
    .map(foldWord)
    .filter(Boolean);
  return words.every((word) => /^[a-z0-9]+$/.test(word)) ? words.join('-') : '';
}

/** Removes the spaces and tabs around a line (only those are layout; any other character is text). */
function trimLayout(line: string): string {
  return line.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** Parses one source file. `fileName` is used for the default id and in error messages. */
export function parseSourceDocument(fileName: string, source: string): CorpusDocument {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    throw new SourceDocumentError(`${fileName}: must start with YAML front matter ('---').`);
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new SourceDocumentError(`${fileName}: front matter is not closed by a '---' line.`);
  const meta = readFrontMatter(fileName, lines.slice(1, close).join('\n'));
  const sections = readBody(fileName, lines, close + 1, meta);
  if (sections.length === 0) throw new SourceDocumentError(`${fileName}: has no text.`);
  return {
    id: meta.id,
    title: meta.title,
    ...(meta.descriptiveTitle ? { descriptiveTitle: meta.descriptiveTitle } : {}),
    issuer: meta.issuer,
    language: meta.language,
    ...(meta.work ? { work: meta.work } : {}),
    provenance: meta.provenance,
    sourceFile: basename(fileName),
    sections,
  };
}

function readFrontMatter(fileName: string, yamlText: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new SourceDocumentError(`${fileName}: front matter is not valid YAML (${(error as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null)
    throw new SourceDocumentError(`${fileName}: front matter must be a mapping.`);
  const record = data as Record<string, unknown>;
  const text = (key: string, required: boolean): string | undefined => {
    const value = record[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new SourceDocumentError(`${fileName}: front matter field '${key}' must be a non-empty string.`);
    }
    return value.trim();
  };
  const id = text('id', false) ?? fileName.replace(/\.md$/, '');
  if (!ID_PATTERN.test(id))
    throw new SourceDocumentError(`${fileName}: id '${id}' must be lower-case words joined by '-'.`);
  const work = text('work', false);
  if (work !== undefined && !ID_PATTERN.test(work))
    throw new SourceDocumentError(`${fileName}: work '${work}' must be lower-case words joined by '-'.`);
  return {
    id,
    title: text('title', true)!,
    descriptiveTitle: text('descriptiveTitle', false),
    issuer: text('issuer', true)!,
    language: text('language', true)!,
    provenance: text('provenance', true)!,
    openingSectionTitle: text('openingSectionTitle', false),
    work,
  };
}

/** A section as read, before its id is settled (explicit ids first, then the others in order). */
interface SectionDraft {
  section: Section;
  explicitId: string | null;
}

function readBody(fileName: string, lines: string[], from: number, meta: FrontMatter): Section[] {
  const drafts: SectionDraft[] = [];
  let current: Section | null = null;
  let pending: string[] = [];
  let pendingLine = 0;
  let pendingNumber: number | null = null;
  let lastParagraph: Paragraph | null = null;

  const where = (index: number): string => `${fileName}:${index + 1}`;
  const openSection = (title: string, editorialTitle: boolean, explicitId: string | null): Section => {
    const section: Section = { id: '', number: drafts.length + 1, title, editorialTitle, paragraphs: [] };
    drafts.push({ section, explicitId });
    lastParagraph = null;
    return section;
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    if (!current) {
      if (!meta.openingSectionTitle) {
        throw new SourceDocumentError(
          `${where(pendingLine)}: text before the first heading needs 'openingSectionTitle' in the front matter.`,
        );
      }
      current = openSection(meta.openingSectionTitle, true, null);
    }
    const previous = current.paragraphs.at(-1)?.number ?? 0;
    if (pendingNumber !== null && pendingNumber <= previous) {
      throw new SourceDocumentError(
        `${where(pendingLine)}: paragraph number ${pendingNumber} must be greater than the number before it (${previous}); write '\\${pendingNumber}. ' for text that begins with a number.`,
      );
    }
    const number = pendingNumber ?? previous + 1;
    // Keys in the order of the corpus schema, which the content hash depends on.
    const numbered = pendingNumber !== null ? { numbered: true } : {};
    lastParagraph = { id: `p${number}`, number, ...numbered, text: pending.join(' '), items: [] };
    current.paragraphs.push(lastParagraph);
    pending = [];
    pendingNumber = null;
  };
  const addText = (index: number, text: string): void => {
    if (
      lastParagraph &&
      lastParagraph.items.length > 0 &&
      pending.length === 0 &&
      trimLayout(lines[index - 1] ?? '') !== ''
    ) {
      throw new SourceDocumentError(`${where(index)}: a paragraph must be separated from a list by a blank line.`);
    }
    if (pending.length === 0) pendingLine = index;
    pending.push(text);
  };

  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = trimLayout(line);
    const numbered = NUMBERED.exec(line);
    if (trimmed === '') {
      flush();
    } else if (trimmed.startsWith('\\')) {
      addText(index, trimmed.slice(1));
    } else if (/^## /.test(line)) {
      flush();
      const heading = trimLayout(line.slice(3));
      const explicit = EXPLICIT_ID.exec(heading);
      if (explicit && !ID_PATTERN.test(explicit[1]!))
        throw new SourceDocumentError(
          `${where(index)}: section id '${explicit[1]}' must be lower-case letters or digits, words joined by '-'.`,
        );
      const title = explicit ? heading.slice(0, explicit.index) : heading;
      if (title === '') throw new SourceDocumentError(`${where(index)}: a heading needs a title.`);
      current = openSection(title, false, explicit ? explicit[1]! : null);
    } else if (numbered) {
      flush();
      pendingNumber = Number(numbered[1]);
      addText(index, trimLayout(line.slice(numbered[0].length)));
    } else if (/^- /.test(line)) {
      flush();
      const owner = lastParagraph as Paragraph | null;
      if (!owner)
        throw new SourceDocumentError(`${where(index)}: a list item must follow the paragraph it belongs to.`);
      const number = owner.items.length + 1;
      owner.items.push({ id: `${owner.id}-i${number}`, number, text: trimLayout(line.slice(2)) });
    } else if (/^(#|>|```|\|)/.test(trimmed)) {
      throw new SourceDocumentError(
        `${where(index)}: unsupported Markdown ('${trimmed.slice(0, 20)}'); use '## ' headings, paragraphs and '- ' lists only (a line that begins with '\\' is text).`,
      );
    } else {
      addText(index, trimmed);
    }
  }
  flush();
  for (const { section } of drafts) {
    if (section.paragraphs.length === 0)
      throw new SourceDocumentError(`${fileName}: section '${section.title}' has no paragraphs.`);
  }
  assignSectionIds(fileName, drafts);
  return drafts.map((draft) => draft.section);
}

/**
 * Settles the section ids: explicit ids as written (each once), then, in order, the slug of the
 * title (with `-2`, `-3`… when taken) or, when the title has no Latin slug, `section-N`.
 */
function assignSectionIds(fileName: string, drafts: SectionDraft[]): void {
  const taken = new Set<string>();
  for (const { explicitId, section } of drafts) {
    if (explicitId === null) continue;
    if (taken.has(explicitId))
      throw new SourceDocumentError(`${fileName}: two sections have the id '${explicitId}' ('${section.title}').`);
    taken.add(explicitId);
  }
  for (const draft of drafts) {
    const base = draft.explicitId ?? (slugify(draft.section.title) || `section-${draft.section.number}`);
    let id = base;
    if (draft.explicitId === null) for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    draft.section.id = id;
  }
}
