import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { CORPUS_DIR } from './paths';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'reader-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of the generated corpus folder, to damage without touching the real one. */
export function copyOfCorpus(): string {
  const dir = tempDir('reader-corpus-');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  return dir;
}
