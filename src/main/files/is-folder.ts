import { statSync } from 'node:fs';

/** True when `path` is an existing folder (false when it is missing, a file, or cannot be looked at). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
