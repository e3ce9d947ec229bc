import { app, BrowserWindow, dialog, session } from 'electron';
import type { ExportPorts } from '../export/export-ports';
import { createElectronPdfRenderer } from './electron-pdf-renderer';
import { createElectronPrinter } from './electron-printer';
import { createSaveDialog } from './save-dialog';

/** The app's export ports: hidden print window for PDF and printing, save dialog attached to the focused window. */
export function createElectronExportPorts(): ExportPorts {
  const electron = { BrowserWindow, session };
  return {
    renderer: createElectronPdfRenderer(electron),
    printer: createElectronPrinter(electron),
    savePath: createSaveDialog(
      dialog,
      () => BrowserWindow.getFocusedWindow(),
      () => app.getPath('documents'),
    ),
  };
}
