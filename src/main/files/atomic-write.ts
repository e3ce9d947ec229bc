/**
 * Writes a file so that nobody ever sees half of it: the bytes go to a temporary sibling, are
 * flushed to disk, then renamed over the target in one step. When anything fails the temporary
 * file is removed and the target is left as it was (absent, or the previous version). A process
 * killed mid-write can leave its temporary file behind: `temporaryWriter` recognises it by name.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The temporary sibling a write of `path` goes through: `.name.<pid>-<hex>.tmp`. */
function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * The process id of the writer whose temporary file `candidateName` (a name in the same folder) is,
 * when it is one of `path`'s temporary files; null otherwise.
 */
export function temporaryWriter(path: string, candidateName: string): number | null {
  const prefix = `.${basename(path)}.`;
  if (!candidateName.startsWith(prefix)) return null;
  const match = /^(\d+)-[0-9a-f]+\.tmp$/.exec(candidateName.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

/** Writes `content` to `path` atomically (temporary file + rename); throws the file system's error. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = temporaryPath(path);
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

/**
 * `writeAtomically` without blocking the event loop. `stillWanted` is asked just before the rename:
 * when it answers false (a newer write has superseded this one) the temporary file is removed, the
 * target is left alone, and the answer is false. Rejects with the file system's error.
 */
export async function writeAtomicallyInBackground(
  path: string,
  content: string,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  const temporary = temporaryPath(path);
  let renamed = false;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!stillWanted()) return false;
    await rename(temporary, path);
    renamed = true;
    return true;
  } finally {
    if (!renamed) await unlink(temporary).catch(() => undefined);
  }
}
