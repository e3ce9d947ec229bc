/**
 * The REAL search host for tests, in Node child processes: the host's source entry run through tsx
 * (no build needed), or the built one. Every client a test starts is stopped when the test ends.
 */
import { resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import type { AppStatus } from '../../src/shared/contract/app-info';
import { HostClient, type HostClientOptions, type HostSpawner } from '../../src/main/search-host/host-client';
import { nodeHostSpawner } from '../../src/main/search-host/node-host-spawner';
import { CORPUS_DIR, ROOT } from './paths';

/** The host's process entry in the sources. */
export const HOST_SOURCE_ENTRY = resolve(ROOT, 'src', 'main', 'search-host', 'host-entry.ts');
/** The built host entry (what the app ships), next to the built main. */
export const HOST_BUILT_ENTRY = resolve(ROOT, 'out', 'main', 'search-host.js');

/** Starts the source entry as a Node child process through tsx; `pids` lists every host it started. */
export function sourceHostSpawner(entry = HOST_SOURCE_ENTRY): ReturnType<typeof nodeHostSpawner> {
  return nodeHostSpawner(entry, ['--import', 'tsx']);
}

/** A client with a promise per readiness: `ready(n)` resolves when the n-th host (1 = the first) is ready. */
export interface TestHost {
  client: HostClient;
  ready: (count?: number) => Promise<AppStatus>;
  logged: string[];
}

/** Starts a client over `spawner` for `CORPUS_DIR` (unless told otherwise), inside a test; stopped when the test ends. */
export function startTestHost(spawner: HostSpawner, options: Partial<HostClientOptions> = {}): TestHost {
  const readies: AppStatus[] = [];
  const waiting: { count: number; resolve: (status: AppStatus) => void }[] = [];
  const logged: string[] = [];
  const client = new HostClient(spawner, {
    corpusDir: CORPUS_DIR,
    expected: null,
    log: (message) => logged.push(message),
    ...options,
    onReady: (status) => {
      readies.push(status);
      for (const wait of waiting.filter(({ count }) => count === readies.length)) wait.resolve(status);
      options.onReady?.(status);
    },
  });
  onTestFinished(() => client.stop());
  client.start();
  return {
    client,
    logged,
    ready: (count = 1) =>
      readies.length >= count
        ? Promise.resolve(readies[count - 1]!)
        : new Promise((resolve) => waiting.push({ count, resolve })),
  };
}
