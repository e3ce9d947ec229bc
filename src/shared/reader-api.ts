// Types only: the preload bundles this file, and the channel map itself carries zod (see src/preload/index.ts).
import type { ApiMethods, Channel, ReaderApi } from './contract/channels';
import { fail, type Result } from './result';

/** Sends one request over some transport (Electron IPC in the app, a test bridge in e2e). */
export type Invoke = (channel: Channel, payload: unknown) => Promise<unknown>;

/**
 * Builds the `ReaderApi` the renderer sees from the method table (`API_METHODS`) and a bare
 * `invoke`. Used by the preload (with `ipcRenderer.invoke`) and by tests (with an in-process
 * transport), so both run the same code. A transport failure becomes a typed error instead of a
 * rejected promise.
 */
export function createReaderApi(methods: ApiMethods, invoke: Invoke): ReaderApi {
  const api: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const [method, channel] of Object.entries(methods)) {
    api[method] = async (request: unknown) => {
      try {
        return (await invoke(channel, request)) as Result<unknown>;
      } catch (error) {
        return fail('internal', `The reader could not reach its content service (${describe(error)}).`);
      }
    };
  }
  return Object.freeze(api) as ReaderApi;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
