/**
 * The export PDF port in the app: the composed document in a hidden sandboxed window, printed with
 * `webContents.printToPDF` and the `PdfPrintOptions` from `printSettingsFor` (renamed to Electron's
 * option names), exactly as the Chromium adapter prints them for the tests and the command line.
 */
import type { PrintToPDFOptions } from 'electron';
import type { PdfRenderer } from '../export/export-ports';
import type { PdfPrintOptions } from '../export/print-settings';
import { openPrintWindow, type PrintElectron } from './print-window';

/** Electron's names for the shared print options (a rename, no decisions; sizes and margins in inches). */
export function toElectronPdfOptions(options: PdfPrintOptions): PrintToPDFOptions {
  return {
    pageSize: { width: options.paperWidthInches, height: options.paperHeightInches },
    margins: { ...options.margins },
    landscape: options.landscape,
    preferCSSPageSize: options.preferCSSPageSize,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    generateDocumentOutline: options.generateDocumentOutline,
    generateTaggedPDF: options.generateTaggedPDF,
  };
}

/** Renders exports to PDF in a hidden print window. */
export function createElectronPdfRenderer(electron: PrintElectron): PdfRenderer {
  return {
    async renderPdf(html, options) {
      const window = await openPrintWindow(electron, html);
      try {
        const pdf = await window.webContents.printToPDF(toElectronPdfOptions(options));
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        window.destroy();
      }
    },
  };
}
