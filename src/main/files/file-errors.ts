/**
 * The one table that turns a file-system error code into words a reader understands: a short
 * reason that fits inside a sentence ("permission denied"), and the whole message, with its kind,
 * for a file that could not be saved. Used by the exports (PDF, bookmarks) and the reader's own
 * data files, so the same failure is always told in the same words. (A missing folder is checked
 * on disk: some existing folders refuse new files with the same code.)
 */
import { basename, dirname } from 'node:path';
import type { ReaderError } from '../../shared/result';
import { isFolder } from './is-folder';

/** Where a failed save was going. */
interface SaveTarget {
  path: string;
  folder: string;
  name: string;
}

/** What the reader is told about one error code. */
interface FileErrorWords {
  /** The reason in a few words, to sit in parentheses inside a sentence. */
  reason: string;
  /** The message when saving a file failed with this code; without it, a general one naming the reason. */
  saveFailure?: (target: SaveTarget) => ReaderError;
}

const NOTHING_SAVED = 'Nothing was saved.';

function diskFull({ name, folder }: SaveTarget): ReaderError {
  return {
    code: 'disk-full',
    message: `There is not enough room on the disk to save “${name}” in ${folder}. ${NOTHING_SAVED} Free some space or choose another disk.`,
  };
}

function permissionDenied({ folder }: SaveTarget): ReaderError {
  return {
    code: 'unwritable',
    message: `The folder ${folder} cannot be written to (permission denied). ${NOTHING_SAVED} Choose another folder.`,
  };
}

function folderInTheWay({ path }: SaveTarget): ReaderError {
  return { code: 'unwritable', message: `${path} is a folder, not a file name. ${NOTHING_SAVED} Choose a file name.` };
}

const FILE_ERRORS: Readonly<Record<string, FileErrorWords>> = {
  ENOSPC: { reason: 'the disk is full', saveFailure: diskFull },
  EDQUOT: { reason: 'the disk quota is used up', saveFailure: diskFull },
  EFBIG: {
    reason: 'the file is too large for the disk',
    saveFailure: ({ name, folder }) => ({
      code: 'disk-full',
      message: `“${name}” is too large for the disk at ${folder}. ${NOTHING_SAVED} Choose another disk.`,
    }),
  },
  EACCES: { reason: 'permission denied', saveFailure: permissionDenied },
  EPERM: { reason: 'permission denied', saveFailure: permissionDenied },
  EROFS: {
    reason: 'the disk is read-only',
    saveFailure: ({ folder }) => ({
      code: 'unwritable',
      message: `The folder ${folder} is on a read-only disk. ${NOTHING_SAVED} Choose another folder.`,
    }),
  },
  ENOENT: {
    reason: 'the file or its folder does not exist',
    // Some folders that exist refuse new files with ENOENT too (/proc on Linux): look before saying "missing".
    saveFailure: ({ folder }) => ({
      code: 'unwritable',
      message: isFolder(folder)
        ? `The folder ${folder} cannot be written to (it does not accept new files). ${NOTHING_SAVED} Choose another folder.`
        : `The folder ${folder} does not exist. ${NOTHING_SAVED} Choose another folder.`,
    }),
  },
  ENOTDIR: {
    reason: 'a file is in the way of the folder',
    saveFailure: ({ folder }) => ({
      code: 'unwritable',
      message: `${folder} is not a folder. ${NOTHING_SAVED} Choose another folder.`,
    }),
  },
  // Creating a folder where a file is gives EEXIST; renaming a file over a folder gives EEXIST,
  // EISDIR or ENOTEMPTY (by system): the save was aimed at a folder.
  EEXIST: { reason: 'a file is in the way of the folder', saveFailure: folderInTheWay },
  EISDIR: { reason: 'it is a folder, not a file', saveFailure: folderInTheWay },
  ENOTEMPTY: { reason: 'it is a folder, not a file', saveFailure: folderInTheWay },
  EBUSY: { reason: 'the file is in use' },
};

/** The `code` of a Node file-system error (`ENOENT`, `EACCES`…), if it has one. */
export function fileErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function wordsFor(error: unknown): FileErrorWords | undefined {
  const code = fileErrorCode(error);
  return code !== undefined && Object.hasOwn(FILE_ERRORS, code) ? FILE_ERRORS[code] : undefined;
}

/** A short, plain-language reason for a file-system error, to sit inside a sentence. */
export function fileErrorReason(error: unknown): string {
  const words = wordsFor(error);
  if (words) return words.reason;
  return error instanceof Error ? error.message : String(error);
}

/** Says, for a reader, why `path` could not be saved: a disk with no room, or a place that cannot be written. */
export function describeWriteFailure(error: unknown, path: string): ReaderError {
  const target = { path, folder: dirname(path), name: basename(path) };
  const words = wordsFor(error);
  if (words?.saveFailure) return words.saveFailure(target);
  return {
    code: 'unwritable',
    message: `“${target.name}” could not be saved in ${target.folder} (${fileErrorReason(error)}). ${NOTHING_SAVED}`,
  };
}
