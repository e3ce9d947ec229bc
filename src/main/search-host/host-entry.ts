/**
 * The search host's process entry (built to out/main/search-host.js). In the app Electron starts it
 * with `utilityProcess.fork` and it talks through `process.parentPort`; in tests, the command line
 * and the benchmark Node starts it with `child_process.fork` and it talks through `process.send`.
 * The messages are the same (host-protocol.ts); only this wiring differs.
 */
import { createSearchHost } from './search-host';

/** The part of Electron's `process.parentPort` the host uses. */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) {
  const host = createSearchHost((message) => parentPort.postMessage(message));
  parentPort.on('message', (event) => host.receive(event.data));
} else if (process.send) {
  const host = createSearchHost((message) => {
    if (process.connected) process.send?.(message);
  });
  process.on('message', (message) => host.receive(message));
  // Main went away (or closed the channel): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
} else {
  console.error('The search host runs as a child of the reader (utilityProcess or child_process.fork).');
  process.exitCode = 1;
}
