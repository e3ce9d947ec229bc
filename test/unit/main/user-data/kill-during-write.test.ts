/**
 * `kill -9` while bookmarks are being written: every change the store confirmed is still there
 * after the next start, the file is readable, and no temporary file (a copy of the notes) is left.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookmarkStore } from '../../../../src/main/user-data/bookmark-store';
import { ROOT } from '../../../support/paths';
import { tempDir } from '../../../support/temp-folders';

const KILLS = 10;
const WRITER = join(ROOT, 'test', 'support', 'bookmark-writer.ts');
/** tsx as a loader inside the one process (its command line would run the script in a second process, which SIGKILL would miss). */
const TSX_LOADER = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');

/** Runs the writer until it has confirmed a few changes, kills it with SIGKILL a moment later, and returns what it confirmed. */
async function writeAndKill(folder: string): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, WRITER, folder], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').length > 5) resolve();
    });
    void exited.then(() => resolve());
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
  child.kill('SIGKILL');
  await exited;
  expect(errors).toBe('');
  // Only whole lines were confirmed (a line cut by the kill was not).
  return output.split('\n').slice(0, -1);
}

describe('kill -9 during bookmark writes', () => {
  it(
    `loses nothing confirmed and leaves no temporary file after the next start (${KILLS} kills)`,
    { timeout: 120_000 },
    async () => {
      const folder = tempDir('reader-kill-');
      const present = new Set<string>();
      let orphansFound = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        for (const line of await writeAndKill(folder)) {
          if (line.startsWith('+')) present.add(line.slice(1));
          else present.delete(line.slice(1));
        }
        orphansFound += readdirSync(folder).filter((name) => name.endsWith('.tmp')).length;
        const told: string[] = [];
        const store = new BookmarkStore(join(folder, 'bookmarks.json'), (message) => told.push(message));
        expect(told).toEqual([]);
        expect(readdirSync(folder)).toEqual(['bookmarks.json']);
        const ids = new Set(store.list().map((bookmark) => bookmark.id));
        for (const id of present) expect(ids.has(id), `confirmed bookmark ${id} after kill ${kill + 1}`).toBe(true);
        // The store may hold one more change than was confirmed (written, killed before it could say so).
        present.clear();
        for (const id of ids) present.add(id);
      }
      // The kills did land mid-write: the test saw temporary files to clean up.
      expect(orphansFound).toBeGreaterThan(0);
    },
  );
});
