/**
 * The one save-dialog adapter: where an export (PDF) or the bookmarks (Markdown) are saved.
 * Electron's save dialog, modal to the reader window, proposing a name in the last folder used
 * (Documents at first). Main owns every path; the renderer never sends one.
 *
 * Saving never replaces a file without asking, on every platform. The file's extension is settled
 * after the dialog returns (a Linux dialog does not add it), so when the dialog answers `Report` and
 * `Report.pdf` exists, the dialog's own overwrite question was about another name: the reader is
 * asked about `Report.pdf` here, and choosing not to replace it opens the dialog again.
 */
import type { BaseWindow, Dialog, MessageBoxOptions, SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SavePathChooser } from '../export/export-ports';
import type { SaveDialogPort } from '../ipc/user-handlers';

/** The part of Electron's `dialog` this adapter uses. */
export type SaveDialogApi = Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>;

/** What a save dialog asks for. */
interface FileKind {
  title: string;
  buttonLabel: string;
  filterName: string;
  /** Without the dot. */
  extension: string;
}

const PDF: FileKind = { title: 'Export to PDF', buttonLabel: 'Save PDF', filterName: 'PDF document', extension: 'pdf' };
const MARKDOWN: FileKind = {
  title: 'Export bookmarks and notes',
  buttonLabel: 'Save',
  filterName: 'Markdown',
  extension: 'md',
};

/** Button of the replace question that replaces (the other, the default, does not). */
const REPLACE = 0;

/**
 * The save dialog for PDF exports and for the bookmarks' Markdown. `parent` gives the window to
 * attach the dialogs to, `defaultFolder` the folder proposed before anything was saved, and
 * `fileExists` whether a path is taken.
 */
export function createSaveDialog(
  dialog: SaveDialogApi,
  parent: () => BaseWindow | null,
  defaultFolder: () => string,
  fileExists: (path: string) => boolean = existsSync,
): SavePathChooser & SaveDialogPort {
  let lastFolder: string | null = null;

  const replaceExisting = async (path: string): Promise<boolean> => {
    const options: MessageBoxOptions = {
      type: 'question',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Replace file?',
      message: `“${basename(path)}” already exists. Do you want to replace it?`,
      detail: `A file with this name is already in ${dirname(path)}. Replacing it overwrites what it holds.`,
    };
    const window = parent();
    const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    return answer.response === REPLACE;
  };

  const choose = async (kind: FileKind, proposedFileName: string): Promise<string | null> => {
    let proposed = join(lastFolder ?? defaultFolder(), proposedFileName);
    for (;;) {
      const options: SaveDialogOptions = {
        title: kind.title,
        buttonLabel: kind.buttonLabel,
        defaultPath: proposed,
        filters: [{ name: kind.filterName, extensions: [kind.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      const named = answer.filePath;
      const path = named.toLowerCase().endsWith(`.${kind.extension}`) ? named : `${named}.${kind.extension}`;
      // The dialog itself asked about `named`; a name it never showed is asked about here.
      if (path === named || !fileExists(path) || (await replaceExisting(path))) {
        lastFolder = dirname(path);
        return path;
      }
      proposed = path;
    }
  };

  return {
    chooseSavePath: (proposedFileName) => choose(PDF, proposedFileName),
    chooseMarkdownFile: (defaultFileName) => choose(MARKDOWN, defaultFileName),
  };
}
