/**
 * Where an export is saved: Electron's save dialog, modal to the reader window, proposing a file
 * name built from the document and section titles in the last folder used (Documents at first).
 * Main owns every path; the renderer never sends one.
 */
import type { BaseWindow, Dialog } from 'electron';
import { dirname, join } from 'node:path';
import type { SavePathChooser } from '../export/export-ports';

/** The part of Electron's `dialog` this adapter uses. */
export type SaveDialogApi = Pick<Dialog, 'showSaveDialog'>;

/**
 * A save-path chooser over Electron's dialog. `parent` gives the window to attach the dialog to,
 * `defaultFolder` the folder proposed before anything was saved.
 */
export function createSaveDialog(
  dialog: SaveDialogApi,
  parent: () => BaseWindow | null,
  defaultFolder: () => string,
): SavePathChooser {
  let lastFolder: string | null = null;
  return {
    async chooseSavePath(proposedFileName) {
      const options = {
        title: 'Export to PDF',
        buttonLabel: 'Save PDF',
        defaultPath: join(lastFolder ?? defaultFolder(), proposedFileName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
          'createDirectory' | 'showOverwriteConfirmation'
        >,
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      const path = /\.pdf$/i.test(answer.filePath) ? answer.filePath : `${answer.filePath}.pdf`;
      lastFolder = dirname(path);
      return path;
    },
  };
}
