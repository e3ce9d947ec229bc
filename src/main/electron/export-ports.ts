import { BrowserWindow, session } from 'electron';
import type { ExportPorts, SavePathChooser } from '../export/export-ports';
import { createElectronPdfRenderer } from './electron-pdf-renderer';
import { createElectronPrinter } from './electron-printer';

/** The app's export ports: hidden print window for PDF and printing, and the app's save dialog. */
export function createElectronExportPorts(savePath: SavePathChooser): ExportPorts {
  const electron = { BrowserWindow, session };
  return {
    renderer: createElectronPdfRenderer(electron),
    printer: createElectronPrinter(electron),
    savePath,
  };
}
