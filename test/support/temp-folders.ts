/**
 * The ONE way tests (and the benchmark, which reuses test support) make temporary folders: each is
 * removed when its test file is done (test/support/cleanup-setup.ts), or when the process exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh temporary folder, removed when the test file is done. */
export function tempDir(prefix = 'reader-test-'): string {
  if (made.length === 0) process.once('exit', removeTempDirs);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
