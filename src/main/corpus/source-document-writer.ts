/**
 * Writes a source document (resources/documents/*.md) from its parts, so that
 * `parseSourceDocument` reads back exactly the same texts: the inverse of source-document.ts for
 * what an importer produces. Every line that would be read as structure (`- `, `## `, `1. `, `#`,
 * `>`, a backslash, leading spaces…) gets the format's escape, a leading backslash.
 */
import { stringify } from 'yaml';

/** A paragraph to write: its text, and its number when the source numbers it as a list item. */
export interface DraftParagraph {
  text: string;
  /** The number the source gives it as an item of a numbered list (rising within the section). */
  number?: number;
}

/** A section to write: heading (null for the text before the first heading), explicit id, paragraphs. */
export interface DraftSection {
  title: string | null;
  id: string | null;
  paragraphs: DraftParagraph[];
}

/** A whole source document: its front matter (written in this key order) and its sections. */
export interface SourceDocumentDraft {
  frontMatter: Record<string, string>;
  sections: DraftSection[];
}

/** Text lines that a reader of the format would take for structure, unescaped. */
const LOOKS_LIKE_STRUCTURE = /^(?:[-#>|\\ \t]|```|\d+\. )/;

/** The draft cannot be written so that it reads back the same (a bug in whoever made it). */
export class SourceDraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceDraftError';
  }
}

function textLine(text: string, where: string): string {
  if (text === '') throw new SourceDraftError(`${where}: a paragraph cannot be empty.`);
  if (/[\r\n]/.test(text)) throw new SourceDraftError(`${where}: a paragraph is one line of text.`);
  if (/[ \t]$/.test(text)) throw new SourceDraftError(`${where}: a paragraph cannot end with a space or tab.`);
  return LOOKS_LIKE_STRUCTURE.test(text) ? `\\${text}` : text;
}

/** The Markdown of a source document; throws SourceDraftError when a part cannot be written verbatim. */
export function formatSourceDocument(draft: SourceDocumentDraft): string {
  const lines = ['---', stringify(draft.frontMatter, { lineWidth: 0 }).trimEnd(), '---', ''];
  draft.sections.forEach((section, index) => {
    const where = `section ${index + 1}`;
    if (section.title === null) {
      if (index > 0) throw new SourceDraftError(`${where}: only the first section can have no heading.`);
    } else {
      if (/[\r\n]/.test(section.title) || /^[ \t]|[ \t]$|^$/.test(section.title))
        throw new SourceDraftError(`${where}: a heading is one line, without spaces or tabs around it.`);
      if (section.id === null && /\{#[^{}]*\}$/.test(section.title))
        throw new SourceDraftError(`${where}: a heading that ends like an id needs an explicit id.`);
      lines.push(`## ${section.title}${section.id === null ? '' : ` {#${section.id}}`}`, '');
    }
    for (const paragraph of section.paragraphs) {
      const text = textLine(paragraph.text, where);
      if (paragraph.number === undefined) lines.push(text, '');
      else if (/^[ \t]/.test(paragraph.text))
        throw new SourceDraftError(`${where}: a numbered paragraph cannot begin with a space or tab.`);
      else lines.push(`${paragraph.number}. ${paragraph.text}`, '');
    }
  });
  return lines.join('\n');
}
