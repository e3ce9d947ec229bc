/**
 * An export from selection to PDF bytes: compose, render, count pages. With a table of contents it
 * renders twice: the first rendering tells on which page each section starts (from the PDF's own
 * bookmarks), the second prints those numbers in the contents. Both renderings lay out the same
 * lines (the page column is reserved), so the numbers are exact. When sections flow one after
 * another, the footers that name each page's section are stamped on last (footer-stamp.ts).
 */
import type { ContentIntegrity } from '../../shared/contract/app-info';
import type { ExportOptions } from '../../shared/contract/request-schemas';
import { displayTitle } from '../../shared/document-title';
import { alteredTextNotice } from '../corpus/altered-text-notice';
import type { PdfRenderer } from './export-ports';
import type { ExportSelection } from './export-selection';
import { applyFooterStamp, composeFooterStamp, footerStampPdfOptions } from './footer-stamp';
import { pageFooterLabels } from './page-footers';
import { readPdfLayout, type PdfLayout } from './pdf-structure';
import { composePrintDocument, describeScope, sectionsFlow } from './print-document';
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
    documentTitle: displayTitle(selection.document),
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
  const stampedFooters = sectionsFlow(selection, settings);
  const render = async (tocPages: readonly number[] | null): Promise<{ pdf: Uint8Array; layout: PdfLayout }> => {
    const html = composePrintDocument(selection, settings, { tocPages, stampedFooters }).html;
    const pdf = await renderer.renderPdf(html, settings.pdf);
    const layout = await readPdfLayout(pdf);
    if (!layout) throw new Error('the PDF the renderer produced could not be read');
    return { pdf, layout };
  };
  let { pdf, layout } = await render(null);
  if (options.tableOfContents && layout.outlinePages.length === selection.sections.length)
    ({ pdf, layout } = await render(layout.outlinePages));
  if (stampedFooters) {
    const labels = pageFooterLabels(layout, {
      sections: selection.sections,
      frontMatterLabel: settings.running.frontMatterLabel,
      fallbackLabel: describeScope(selection),
      topMarginInches: settings.page.margins.top,
    });
    const stamp = await renderer.renderPdf(
      composeFooterStamp(settings, labels, selection.document.language),
      footerStampPdfOptions(settings),
    );
    pdf = await applyFooterStamp(pdf, stamp);
  }
  return { pdf, pageCount: layout.pageCount, settings };
}
