/**
 * Parses a source document (resources/documents/*.md) into a `CorpusDocument`.
 *
 * The format is a deliberately small Markdown subset, read literally so that official wording is
 * never altered (no emphasis, escapes or smart quotes are interpreted):
 *   - YAML front matter between `---` lines: title (the heading as published), issuer, language,
 *     provenance (required), id (defaults to the file name), descriptiveTitle (what the document
 *     is, when its heading does not say it) and openingSectionTitle (label for paragraphs before
 *     the first heading; required only if there are such paragraphs);
 *   - `## Heading` starts a section; a blank line separates paragraphs;
 *   - `- item` lines form a bulleted list that belongs to the paragraph before it.
 * Anything else that looks like Markdown structure (other heading levels, quotes, tables, code
 * fences) is rejected with its line number rather than silently mangled.
 */
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
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns any title into a URL-safe id: `Human Rights Council’s mechanisms` → `human-rights-councils-mechanisms`. */
export function slugify(title: string): string {
  const words = title
    .split(/[^\p{L}\p{N}'’]+/u)
    .map(foldWord)
    .filter(Boolean);
  return words.join('-').replace(/[^a-z0-9-]/g, '') || 'section';
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
    provenance: meta.provenance,
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
  return {
    id,
    title: text('title', true)!,
    descriptiveTitle: text('descriptiveTitle', false),
    issuer: text('issuer', true)!,
    language: text('language', true)!,
    provenance: text('provenance', true)!,
    openingSectionTitle: text('openingSectionTitle', false),
  };
}

function readBody(fileName: string, lines: string[], from: number, meta: FrontMatter): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let pending: string[] = [];
  let pendingLine = 0;
  let lastParagraph: Paragraph | null = null;

  const where = (index: number): string => `${fileName}:${index + 1}`;
  const openSection = (title: string, editorialTitle: boolean): Section => {
    const section: Section = {
      id: uniqueId(slugify(title), sections),
      number: sections.length + 1,
      title,
      editorialTitle,
      paragraphs: [],
    };
    sections.push(section);
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
      current = openSection(meta.openingSectionTitle, true);
    }
    const number = current.paragraphs.length + 1;
    lastParagraph = { id: `p${number}`, number, text: pending.join(' '), items: [] };
    current.paragraphs.push(lastParagraph);
    pending = [];
  };

  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
    } else if (/^## /.test(line)) {
      flush();
      current = openSection(line.slice(3).trim(), false);
    } else if (/^- /.test(line)) {
      flush();
      const owner = lastParagraph as Paragraph | null;
      if (!owner)
        throw new SourceDocumentError(`${where(index)}: a list item must follow the paragraph it belongs to.`);
      const number = owner.items.length + 1;
      owner.items.push({ id: `${owner.id}-i${number}`, number, text: line.slice(2).trim() });
    } else if (/^(#|>|```|\|)/.test(trimmed)) {
      throw new SourceDocumentError(
        `${where(index)}: unsupported Markdown ('${trimmed.slice(0, 20)}'); use '## ' headings, paragraphs and '- ' lists only.`,
      );
    } else {
      if (
        lastParagraph &&
        (lastParagraph as Paragraph).items.length > 0 &&
        pending.length === 0 &&
        lines[index - 1]?.trim() !== ''
      ) {
        throw new SourceDocumentError(`${where(index)}: a paragraph must be separated from a list by a blank line.`);
      }
      if (pending.length === 0) pendingLine = index;
      pending.push(trimmed);
    }
  }
  flush();
  for (const section of sections) {
    if (section.paragraphs.length === 0)
      throw new SourceDocumentError(`${fileName}: section '${section.title}' has no paragraphs.`);
  }
  return sections;
}

function uniqueId(base: string, sections: Section[]): string {
  let id = base;
  for (let n = 2; sections.some((section) => section.id === id); n++) id = `${base}-${n}`;
  return id;
}
