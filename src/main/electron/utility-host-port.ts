/**
 * Starts the search host with Electron's `utilityProcess.fork`: a Node child with its own V8 heap,
 * whose crash is an `exit` event main recovers from. The only Electron-specific part of the search
 * host; everything else (host-client.ts, search-host.ts) runs the same in Node.
 */
import { utilityProcess } from 'electron';
import type { HostProcess, HostSpawner } from '../search-host/host-client';

/** A spawner of the built host entry (out/main/search-host.js) as a utility process. */
export function utilityHostSpawner(entryPath: string): HostSpawner {
  return {
    spawn(): HostProcess {
      const child = utilityProcess.fork(entryPath, [], { serviceName: 'Reader search', stdio: 'inherit' });
      return {
        postMessage: (message) => {
          try {
            child.postMessage(message);
          } catch {
            // A process that has just exited cannot be written to; its exit event says the rest.
          }
        },
        onMessage: (listener) => child.on('message', listener),
        onExit: (listener) => child.once('exit', (code) => listener(code)),
        kill: () => void child.kill(),
      };
    },
  };
}
