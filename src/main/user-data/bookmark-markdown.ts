/**
 * Bookmarks and notes as a Markdown file: each quoted paragraph with its citation, then the
 * reader's note as written. Pure: the save dialog and the file write live elsewhere.
 */
import type { Bookmark, ContentIntegrity } from '../../shared/contract';
import type { ContentStamp } from '../../shared/corpus-types';
import { formatCitationLine, type CitationSource } from '../../shared/citation';
import { shortFingerprint } from '../../shared/fingerprint';
import { alteredTextNotice } from '../corpus/altered-text-notice';

/** One bookmark with what it quotes (null when its paragraph is no longer in the document). */
export interface ExportedBookmark {
  bookmark: Bookmark;
  source: CitationSource | null;
}

/** What the file's opening lines say about where it comes from. */
export interface ExportContext {
  appName: string;
  appVersion: string;
  stamp: ContentStamp;
  /** The tamper check of the text quoted: its hash is the one printed, and an altered text says so. */
  integrity: ContentIntegrity;
  exportedAt: Date;
}

/** The Markdown text of an export (bookmarks in the order given). */
export function bookmarksToMarkdown(entries: readonly ExportedBookmark[], context: ExportContext): string {
  const lines = [
    '# Bookmarks and notes',
    '',
    `Exported from ${escapeMarkdown(context.appName)} ${context.appVersion} on ${context.exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.  `,
    `Document content ${shortFingerprint(context.integrity.actualHash)}, built ${context.stamp.builtAt}.`,
    '',
  ];
  const notice = alteredTextNotice(context.integrity);
  if (notice !== null) lines.push(`**${escapeMarkdown(notice)}**`, '');
  if (entries.length === 0) lines.push('There are no bookmarks.', '');
  entries.forEach(({ bookmark, source }, index) => {
    if (source) {
      lines.push(`## ${index + 1}. ${escapeMarkdown(headingOf(source))}`, '');
      lines.push(...quoteLines(source).map((line) => (line === '' ? '>' : `> ${line}`)), '');
    } else {
      lines.push(`## ${index + 1}. A paragraph no longer in the document`, '');
      lines.push(
        `Bookmarked as ${escapeMarkdown(`${bookmark.documentId} / ${bookmark.sectionId} / ${bookmark.paragraphId}`)}.`,
        '',
      );
    }
    if (bookmark.note.trim() !== '') lines.push('**Note:**', '', ...bookmark.note.trim().split(/\r?\n/), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

function headingOf(source: CitationSource): string {
  const section = source.editorialTitle ? `[${source.sectionTitle}]` : source.sectionTitle;
  return `Section ${source.sectionNumber} ${section}, paragraph ${source.paragraphNumber}`;
}

function quoteLines(source: CitationSource): string[] {
  const items = source.items.map(
    (item, index) => `• ${escapeMarkdown(item)}${index === source.items.length - 1 ? '”' : ''}  `,
  );
  const opening = `“${escapeMarkdown(source.text)}${items.length === 0 ? '”' : ''}${items.length > 0 ? '  ' : ''}`;
  return [opening, ...items, '', escapeMarkdown(formatCitationLine(source))];
}

/** Backslash-escapes the characters Markdown would otherwise read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}
