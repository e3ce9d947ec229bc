/**
 * How soon the statement is searchable after the search host starts: the real host (the built
 * out/main/search-host.js, started by the Node spawner the tests and the command line use) is
 * spawned and asked a search of the statement at once; the time runs from the spawn to its answer.
 * Beside it, the same spawn of a bare Node child that answers the first message it receives: what
 * starting any Node process costs here, which the host cannot go below.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HostClient } from '../../src/main/search-host/host-client';
import type { ToHost } from '../../src/main/search-host/host-protocol';
import { nodeHostSpawner } from '../../src/main/search-host/node-host-spawner';
import { PROJECT_ROOT } from '../corpus-files';

/** The built host entry (`npm run bench` builds first). */
export const HOST_ENTRY = resolve(PROJECT_ROOT, 'out', 'main', 'search-host.js');

/** Milliseconds from the host's spawn to its answer to a search of `documentId`. */
export async function statementSearchable(corpusDir: string, documentId: string): Promise<number> {
  const started = performance.now();
  const client = new HostClient(nodeHostSpawner(HOST_ENTRY), { corpusDir, expected: null }).start();
  const answer = await client.ask('search:query', { query: 'human rights', documentId });
  const elapsed = performance.now() - started;
  client.stop();
  if (!answer.ok) throw new Error(`the host's first search failed: ${answer.error.message}`);
  return elapsed;
}

/** Milliseconds from the spawn of a bare Node child (in `folder`) to its echo of a first message. */
export async function bareChildAnswers(folder: string): Promise<number> {
  const entry = join(folder, 'bare-child.js');
  writeFileSync(
    entry,
    "process.on('message', (m) => process.send(m)); process.on('disconnect', () => process.exit(0));\n",
  );
  const started = performance.now();
  const child = nodeHostSpawner(entry).spawn();
  const echoed = new Promise<void>((done) => child.onMessage(() => done()));
  child.postMessage({ type: 'ping' } as unknown as ToHost);
  await echoed;
  const elapsed = performance.now() - started;
  child.kill();
  return elapsed;
}
