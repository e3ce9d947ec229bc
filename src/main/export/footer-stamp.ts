/**
 * Footers stamped onto a rendered PDF, for exports whose sections flow one after another (see
 * print-stylesheet.ts for why CSS cannot name each page's section then). The stamp is itself a
 * small print document, rendered by the same PDF port: one empty page per page of the export, each
 * with the export's footer box (same geometry, same rule, so the boxes line up to the point) naming
 * that page's section. Its pages are then laid over the export's pages with pdf-lib, as page
 * artifacts (not part of the tagged text), leaving the export's text, bookmarks, tags and metadata
 * as they were. Chromium sets the stamp's text, so any script a section title is written in prints
 * as well as in the body.
 */
import { beginMarkedContent, endMarkedContent, PDFDocument } from 'pdf-lib';
import { escapeHtml } from '../../shared/html';
import { textDirection } from '../../shared/language-script';
import { pdfBytes } from './pdf-bytes';
import type { PdfPrintOptions, PrintSettings } from './print-settings';
import { footerStampStylesheet, type NamedPage } from './print-stylesheet';

/** The stamp document: page n holds the footer box labelled `labels[n]`, and nothing else. */
export function composeFooterStamp(settings: PrintSettings, labels: readonly string[], language: string): string {
  const distinct = [...new Set(labels)];
  const pages: NamedPage[] = distinct.map((label, index) => ({ name: `f-${index + 1}`, footerLabel: label }));
  const pageOf = new Map(distinct.map((label, index) => [label, pages[index]!.name]));
  // The footer box mirrors in a right-to-left document, as the export's own footer does.
  const direction = textDirection(language);
  const body = labels.map((label) => `<div class="stamp-page page-${pageOf.get(label)}"></div>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Footers</title>
<style>${footerStampStylesheet(settings, pages, direction)}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Print options of the stamp: the export's paper and margins, without bookmarks or tags (it has no headings or text of its own). */
export function footerStampPdfOptions(settings: PrintSettings): PdfPrintOptions {
  return { ...settings.pdf, generateDocumentOutline: false, generateTaggedPDF: false };
}

/**
 * Lays page n of `stamp` over page n of `pdf`; throws when the two do not have the same pages (a
 * wrong stamp is never applied). The export's metadata (title, producer) is kept as it was.
 */
export async function applyFooterStamp(pdf: Uint8Array, stamp: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdfBytes(pdf), { updateMetadata: false });
  const stampDocument = await PDFDocument.load(pdfBytes(stamp), { updateMetadata: false });
  const pages = document.getPages();
  const stampPages = stampDocument.getPages();
  if (stampPages.length !== pages.length)
    throw new Error(`the footer stamp has ${stampPages.length} pages for ${pages.length}`);
  const embedded = await document.embedPages(stampPages);
  pages.forEach((page, index) => {
    const overlay = embedded[index]!;
    const box = page.getMediaBox();
    if (Math.abs(overlay.width - box.width) > 0.5 || Math.abs(overlay.height - box.height) > 0.5)
      throw new Error(`the footer stamp's page ${index + 1} is not the size of the export's`);
    // An artifact, as Chromium marks its own page-margin boxes: readers of the tagged text skip it.
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(overlay, { x: box.x, y: box.y });
    page.pushOperators(endMarkedContent());
  });
  return document.save();
}
