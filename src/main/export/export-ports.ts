/**
 * The ports an export goes through. Electron-free: the app plugs in Electron adapters
 * (src/main/electron/), the command-line companion, the tests and the benchmark plug in the system
 * Chromium (scripts/chromium-pdf-renderer.ts) and a fixed output path.
 */
import type { PdfPrintOptions, PrintSettings } from './print-settings';

/** Renders a composed print document to PDF bytes, offline. */
export interface PdfRenderer {
  renderPdf(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
}

/** Sends a composed print document to the system print dialog. */
export interface DocumentPrinter {
  /** Resolves 'printed' or 'cancelled' (the reader closed the dialog); rejects when printing fails. */
  print(html: string, settings: PrintSettings): Promise<'printed' | 'cancelled'>;
}

/** Asks where to save a file (a save dialog in the app, the `--out` path on the command line). */
export interface SavePathChooser {
  /** The chosen absolute path, or null when the reader cancelled. */
  chooseSavePath(proposedFileName: string): Promise<string | null>;
}

/** Everything the export handlers need beyond the corpus. */
export interface ExportPorts {
  renderer: PdfRenderer;
  /** Null where there is no system print dialog (the command line). */
  printer: DocumentPrinter | null;
  savePath: SavePathChooser;
  /** The clock of the export date (tests pin it). */
  now?: () => Date;
}
