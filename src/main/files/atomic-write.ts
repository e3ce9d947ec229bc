/**
 * Writes a file so that nobody ever sees half of it: the bytes go to a temporary sibling, are
 * flushed to disk, then renamed over the target in one step. When anything fails the temporary
 * file is removed and the target is left as it was (absent, or the previous version).
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Writes `content` to `path` atomically (temporary file + rename); throws the file system's error. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx');
    for (let written = 0; written < bytes.byteLength;) written += writeSync(descriptor, bytes, written);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed: nothing to clean up.
    }
    throw error;
  }
}
