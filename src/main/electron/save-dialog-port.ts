import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SaveDialogPort } from '../ipc/user-handlers';

/** The system save dialog, attached to the reader window, starting in the Documents folder. */
export function electronSaveDialogPort(): SaveDialogPort {
  return {
    chooseMarkdownFile: async (defaultFileName) => {
      const options = {
        title: 'Export bookmarks and notes',
        defaultPath: join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}
