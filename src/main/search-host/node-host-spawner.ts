/**
 * Starts the search host as a Node child process (`child_process.fork`): what tests, the command
 * line and the benchmark use where the app uses Electron's `utilityProcess`. Messages travel with
 * the structured clone (`serialization: 'advanced'`), as Electron's do.
 */
import { fork } from 'node:child_process';
import type { HostProcess, HostSpawner } from './host-client';

/** A spawner of `entryPath` (the built out/main/search-host.js, or the source with `--import tsx`). */
export function nodeHostSpawner(entryPath: string, execArgv: string[] = []): HostSpawner & { pids: number[] } {
  const pids: number[] = [];
  return {
    pids,
    spawn(): HostProcess {
      const child = fork(entryPath, [], {
        execArgv,
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      if (child.pid !== undefined) pids.push(child.pid);
      child.on('error', (error) => console.error(`[reader] the search host: ${error.message}`));
      return {
        postMessage: (message) => {
          // A host that has just stopped cannot be written to; its exit event says the rest.
          if (child.connected) child.send(message, (error) => void error);
        },
        onMessage: (listener) => child.on('message', listener),
        onExit: (listener) => child.once('exit', (code) => listener(code)),
        kill: () => child.kill(),
      };
    },
  };
}
