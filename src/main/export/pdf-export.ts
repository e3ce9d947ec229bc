/**
 * An export from selection to PDF bytes: compose, render, count pages. With a table of contents it
 * renders twice: the first rendering tells on which page each section starts (from the PDF's own
 * bookmarks), the second prints those numbers in the contents. Both renderings lay out the same
 * lines (the page column is reserved), so the numbers are exact.
 */
import type { ContentIntegrity, ExportOptions } from '../../shared/contract';
import { alteredTextNotice } from '../corpus/altered-text-notice';
import type { PdfRenderer } from './export-ports';
import type { ExportSelection } from './export-selection';
import { readPdfLayout } from './pdf-structure';
import { composePrintDocument } from './print-document';
import { printSettingsFor, type PrintProvenance, type PrintSettings } from './print-settings';

/** A rendered export. */
export interface RenderedExport {
  pdf: Uint8Array;
  pageCount: number;
  settings: PrintSettings;
}

/**
 * The provenance printed on an export of `selection` made at `exportedAt`: the hash of the text as
 * loaded, and the altered-text line when that text did not verify.
 */
export function provenanceOf(
  selection: ExportSelection,
  integrity: ContentIntegrity,
  exportedAt: Date,
): PrintProvenance {
  return {
    documentTitle: selection.document.title,
    issuer: selection.document.issuer,
    contentHash: integrity.actualHash,
    alteredNotice: alteredTextNotice(integrity),
    exportedAt,
  };
}

/** Composes and renders an export; throws when the renderer fails or its output cannot be read. */
export async function renderExportPdf(
  selection: ExportSelection,
  options: ExportOptions,
  provenance: PrintProvenance,
  renderer: PdfRenderer,
): Promise<RenderedExport> {
  const settings = printSettingsFor(options, provenance);
  let pdf = await renderer.renderPdf(composePrintDocument(selection, settings).html, settings.pdf);
  let layout = readPdfLayout(pdf);
  if (!layout) throw new Error('the PDF the renderer produced could not be read');
  if (options.tableOfContents && layout.outlinePages.length === selection.sections.length) {
    pdf = await renderer.renderPdf(composePrintDocument(selection, settings, layout.outlinePages).html, settings.pdf);
    layout = readPdfLayout(pdf);
    if (!layout) throw new Error('the PDF the renderer produced could not be read');
  }
  return { pdf, pageCount: layout.pageCount, settings };
}
