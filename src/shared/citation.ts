/**
 * The citation that goes with a quoted paragraph, list item or selection: the verbatim words in
 * quotation marks, then issuer, document title, section and paragraph number (or range). Pure:
 * shared by main (the clipboard) and the bookmark export, and unit-tested.
 */
import type { Citation } from './contract/user';
import { escapeHtml } from './html';

/** A paragraph that a quotation over several paragraphs (a selection) goes on into. */
export interface QuotedParagraph {
  /** Its quoted words (empty when the selection takes up only items of its list). */
  text: string;
  /** Its list items quoted, verbatim. */
  items: readonly string[];
}

/** Where a quotation of several parts ends: a paragraph, or an item of its list. */
export interface QuotationEnd {
  paragraphNumber: number;
  itemNumber: number | null;
}

/** Everything a citation names. */
export interface CitationSource {
  issuer: string;
  documentTitle: string;
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
  /** A selection over several paragraphs: the paragraphs after the first, in reading order. */
  following?: readonly QuotedParagraph[];
  /** A selection over several parts: where it ends (the citation names the range). */
  end?: QuotationEnd;
}

/** The citation line alone: `— Issuer, “Title”, section 3 “Heading”, paragraph 2.` */
export function formatCitationLine(source: CitationSource): string {
  return `— ${citationParts(
    source,
    (text) => text,
    (title) => `“${title}”`,
  ).join(', ')}.`;
}

/** One block of a quotation: a paragraph's words, or a list item (shown with a bullet). */
interface QuoteBlock {
  text: string;
  item: boolean;
}

/** The quotation's blocks in reading order: the first part and its items, then each following paragraph and its items. */
function quoteBlocks(source: CitationSource): QuoteBlock[] {
  const paragraph = (text: string, items: readonly string[]): QuoteBlock[] => [
    ...(text === '' ? [] : [{ text, item: false }]),
    ...items.map((item) => ({ text: item, item: true })),
  ];
  const rest = [
    ...paragraph('', source.items),
    ...(source.following ?? []).flatMap((next) => paragraph(next.text, next.items)),
  ];
  // A quotation that starts in a list item and goes on shows that item with its bullet too.
  return [{ text: source.text, item: source.itemNumber !== null && rest.length > 0 }, ...rest];
}

/** The quotation and its citation, as plain text and as HTML with the same words. */
export function formatCitation(source: CitationSource): Citation {
  const htmlParts = citationParts(source, escapeHtml, (title) => `“<cite>${escapeHtml(title)}</cite>”`);
  const line = `<p>— ${htmlParts.join(', ')}.</p>`;
  const blocks = quoteBlocks(source);
  const last = blocks.length - 1;
  const quoted = (text: string, index: number): string =>
    `${index === 0 ? '“' : ''}${text}${index === last ? '”' : ''}`;
  const text = blocks.map((block, index) => `${block.item ? '• ' : ''}${quoted(block.text, index)}`).join('\n');
  let html = '';
  blocks.forEach((block, index) => {
    const words = quoted(escapeHtml(block.text), index);
    if (!block.item) html += `<p>${words}</p>`;
    else html += `${blocks[index - 1]?.item ? '' : '<ul>'}<li>${words}</li>${blocks[index + 1]?.item ? '' : '</ul>'}`;
  });
  return { text: `${text}\n${formatCitationLine(source)}`, html: `<blockquote>${html}</blockquote>\n${line}` };
}

function citationParts(
  source: CitationSource,
  escape: (text: string) => string,
  title: (text: string) => string,
): string[] {
  const section = source.editorialTitle
    ? `section ${source.sectionNumber} [${escape(source.sectionTitle)}]`
    : `section ${source.sectionNumber} “${escape(source.sectionTitle)}”`;
  return [escape(source.issuer), title(source.documentTitle), section, ...placeParts(source)];
}

/**
 * Where the quoted words are: `paragraph 2`, `paragraph 6, item 3`, or for a selection over
 * several parts `paragraphs 3–4`, `paragraph 6, items 2–3` (a paragraph with items of its list: `paragraph 6`).
 */
function placeParts(source: CitationSource): string[] {
  const { end, paragraphNumber, itemNumber } = source;
  if (end && end.paragraphNumber !== paragraphNumber) return [`paragraphs ${paragraphNumber}–${end.paragraphNumber}`];
  const paragraph = `paragraph ${paragraphNumber}`;
  if (itemNumber === null) return [paragraph];
  if (!end || end.itemNumber === null || end.itemNumber === itemNumber) return [paragraph, `item ${itemNumber}`];
  return [paragraph, `items ${itemNumber}–${end.itemNumber}`];
}
