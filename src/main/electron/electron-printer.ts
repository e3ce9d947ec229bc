/**
 * "Print…": the same composed document as the PDF export, in the same hidden print window, handed to
 * the system print dialog with `webContents.print`. Its running header and footer are part of the
 * document (CSS page-margin boxes), so paper and PDF carry the same ones.
 */
import type { DocumentPrinter } from '../export/export-ports';
import { openPrintWindow, type PrintElectron } from './print-window';

/** True when Electron's failure reason means the reader closed the print dialog. */
export function isCancelledPrint(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

/** Prints exports through the system print dialog. */
export function createElectronPrinter(electron: PrintElectron): DocumentPrinter {
  return {
    async print(html, settings) {
      const window = await openPrintWindow(electron, html);
      try {
        return await new Promise<'printed' | 'cancelled'>((resolve, reject) => {
          window.webContents.print(
            { silent: false, printBackground: true, pageSize: settings.page.paper },
            (success, failureReason) => {
              if (success) resolve('printed');
              else if (isCancelledPrint(failureReason)) resolve('cancelled');
              else reject(new Error(failureReason || 'the printer reported a failure'));
            },
          );
        });
      } finally {
        window.destroy();
      }
    },
  };
}
