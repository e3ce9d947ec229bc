/**
 * The citation that goes with a quoted paragraph or list item: the verbatim words in quotation
 * marks, then issuer, document title, section and paragraph number. Pure: shared by main (the
 * clipboard) and the bookmark export, and unit-tested.
 *
 * One rule for every title: the source's own words are in quotation marks, the editors' words in
 * square brackets. So an editorial section label is `[Opening statement]`, and a document whose
 * heading does not say what it is is cited by its descriptive title in brackets with the heading
 * beside it: `[Statement of …] (headed “The United Nations High Commissioner for Human Rights”)`.
 */
import type { Citation } from './contract/user';
import { escapeHtml } from './html';

/** Everything a citation names. */
export interface CitationSource {
  issuer: string;
  /** The document's heading as published. */
  documentTitle: string;
  /** The editors' description of the document when its heading does not say what it is, else null. */
  descriptiveTitle: string | null;
  sectionNumber: number;
  sectionTitle: string;
  /** True when the section title is an editorial label (cited in square brackets). */
  editorialTitle: boolean;
  paragraphNumber: number;
  /** 1-based position in the paragraph's list, when a list item is quoted. */
  itemNumber: number | null;
  /** The quoted words, verbatim. */
  text: string;
  /** When a whole paragraph is quoted: the items of the list it introduces, verbatim (else empty). */
  items: readonly string[];
}

/** The citation line alone: `— Issuer, “Title”, section 3 “Heading”, paragraph 2.` */
export function formatCitationLine(source: CitationSource): string {
  return `— ${citationParts(
    source,
    (text) => text,
    (title) => `“${title}”`,
  ).join(', ')}.`;
}

/** The quotation and its citation, as plain text and as HTML with the same words. */
export function formatCitation(source: CitationSource): Citation {
  const htmlParts = citationParts(source, escapeHtml, (title) => `“<cite>${escapeHtml(title)}</cite>”`);
  const line = `<p>— ${htmlParts.join(', ')}.</p>`;
  if (source.items.length === 0) {
    return {
      text: `“${source.text}”\n${formatCitationLine(source)}`,
      html: `<blockquote><p>“${escapeHtml(source.text)}”</p></blockquote>\n${line}`,
    };
  }
  const last = source.items.length - 1;
  const items = source.items.map((item, index) => `<li>${escapeHtml(item)}${index === last ? '”' : ''}</li>`).join('');
  return {
    text: `“${source.text}\n${source.items.map((item) => `• ${item}`).join('\n')}”\n${formatCitationLine(source)}`,
    html: `<blockquote><p>“${escapeHtml(source.text)}</p><ul>${items}</ul></blockquote>\n${line}`,
  };
}

function citationParts(
  source: CitationSource,
  escape: (text: string) => string,
  title: (text: string) => string,
): string[] {
  const section = source.editorialTitle
    ? `section ${source.sectionNumber} [${escape(source.sectionTitle)}]`
    : `section ${source.sectionNumber} “${escape(source.sectionTitle)}”`;
  const document = source.descriptiveTitle
    ? `[${escape(source.descriptiveTitle)}] (headed ${title(source.documentTitle)})`
    : title(source.documentTitle);
  return [
    escape(source.issuer),
    document,
    section,
    `paragraph ${source.paragraphNumber}`,
    ...(source.itemNumber !== null ? [`item ${source.itemNumber}`] : []),
  ];
}
