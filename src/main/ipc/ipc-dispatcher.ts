/**
 * The one `handle()` every channel goes through: (1) rejects senders that are not the app's own
 * top frame, (2) caps and validates the payload at run time, (3) turns every failure, including an
 * unexpected exception, into a typed error. Electron-free: the shell passes it what it knows of the sender.
 */
import { CHANNELS, type Channel } from '../../shared/contract/channels';
import { fail, type Result } from '../../shared/result';
import type { HandlerTable } from './handler-types';
import { requestSchemas } from './request-schemas';

/** What main knows about who sent a request. */
export interface SenderInfo {
  /** Id of the sending WebContents (null when unknown). */
  webContentsId: number | null;
  /** URL of the sending frame. */
  frameUrl: string;
  /** True when the sender is the top frame of its page (not an iframe). */
  isTopFrame: boolean;
}

/** Decides whether a sender may call the API. */
export type SenderPolicy = (sender: SenderInfo) => boolean;

/** Largest request accepted, in bytes of JSON. Real requests are well under 2 KiB. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;

/** Dispatches one request: what ipcMain.handle (or a test transport) calls. */
export type Dispatch = (sender: SenderInfo, channel: string, payload: unknown) => Promise<Result<unknown>>;

/**
 * Trusts only the top frame of the given WebContents ids, loaded from the app's own origin.
 * `isAppUrl` decides what "own origin" means (the custom protocol in the app, a loopback server in e2e).
 */
export function trustOwnFrames(
  trustedIds: () => ReadonlySet<number>,
  isAppUrl: (url: string) => boolean,
): SenderPolicy {
  return (sender) =>
    sender.isTopFrame &&
    sender.webContentsId !== null &&
    trustedIds().has(sender.webContentsId) &&
    isAppUrl(sender.frameUrl);
}

/** Builds the dispatcher over a handler table; `log` receives unexpected failures. */
export function createDispatcher(
  handlers: HandlerTable,
  isTrusted: SenderPolicy,
  log: (message: string) => void = console.error,
): Dispatch {
  return async (sender, channel, payload) => {
    if (!isKnownChannel(channel))
      return fail('unknown-channel', `There is no channel '${String(channel).slice(0, 60)}'.`);
    if (!isTrusted(sender)) return fail('forbidden', 'This request does not come from the reader window.');
    const size = jsonSize(payload);
    if (size === null) return fail('invalid-request', 'The request cannot be read (it is not plain data).');
    if (size > MAX_PAYLOAD_BYTES)
      return fail('payload-too-large', `The request is too large (${size} bytes; at most ${MAX_PAYLOAD_BYTES}).`);
    const parsed = requestSchemas[channel].safeParse(withoutUndefinedKeys(payload));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `'${issue.path.join('.')}' ` : '';
      return fail('invalid-request', `Invalid request for ${channel}: ${where}${issue.message}.`);
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Result<unknown> | Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      log(`handler ${channel} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return fail('internal', 'Something went wrong inside the reader; the details were written to its log.');
    }
  };
}

/**
 * The payload with every object key whose value is `undefined` dropped, at any depth. Electron's
 * IPC (structured clone) keeps such keys, where JSON would drop them: `{ theme: undefined }` must
 * mean "theme not given", never "theme set to nothing" (which a store would then write and fail to
 * read back). Arrays keep their length; only plain objects (null-prototype ones included) are rebuilt.
 */
export function withoutUndefinedKeys(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.map(withoutUndefinedKeys);
  if (typeof payload !== 'object' || payload === null) return payload;
  const prototype: unknown = Object.getPrototypeOf(payload);
  if (prototype !== Object.prototype && prototype !== null) return payload;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value !== undefined)
      Object.defineProperty(kept, key, {
        value: withoutUndefinedKeys(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return kept;
}

function isKnownChannel(channel: string): channel is Channel {
  return (CHANNELS as string[]).includes(channel);
}

function jsonSize(payload: unknown): number | null {
  if (payload === undefined) return 0;
  try {
    const json = JSON.stringify(payload);
    return json === undefined ? null : Buffer.byteLength(json);
  } catch {
    return null;
  }
}
