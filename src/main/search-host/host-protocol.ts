/**
 * The messages between main and the search host, the same whether the host runs in Electron's
 * `utilityProcess` or in a Node child process. Main sends `load` once, then `request`s; the host
 * answers `ready` (or `load-failed`) once, then one `response` per request, matched by `id`.
 * Both sides check what they receive: a process boundary is a trust boundary like any other.
 */
import { z } from 'zod';
import type { AppStatus } from '../../shared/contract/app-info';
import type { Result } from '../../shared/result';
import type { BuiltHashes } from '../corpus/corpus-loader';
import { LIBRARY_CHANNELS } from '../library/corpus-library';

/** Tells the host which corpus to load (and the hashes main was built with, for the tamper check). */
export interface LoadMessage {
  type: 'load';
  corpusDir: string;
  expected: BuiltHashes | null;
}

/** Whole documents for main's own channels (`request` is `{ documentIds }`), besides the library's channels. */
export const WHOLE_DOCUMENTS = 'corpus:whole-documents';

/** What main may ask the host. */
export const HOST_KINDS = [...LIBRARY_CHANNELS, WHOLE_DOCUMENTS] as const;

/** One of them. */
export type HostKind = (typeof HOST_KINDS)[number];

/** Asks one of the host's kinds; a channel's `request` is passed exactly as main validated it. */
export interface RequestMessage {
  type: 'request';
  id: number;
  kind: HostKind;
  request: unknown;
}

/** What main sends the host. */
export type ToHost = LoadMessage | RequestMessage;

/** The library is loaded: the host answers requests from now on. */
export interface ReadyMessage {
  type: 'ready';
  status: AppStatus;
}

/** The corpus is unusable (the reader is shown an error page naming the file); the host answers nothing. */
export interface LoadFailedMessage {
  type: 'load-failed';
  message: string;
  filePath: string;
}

/** The answer to the request with the same `id`. */
export interface ResponseMessage {
  type: 'response';
  id: number;
  result: Result<unknown>;
}

/** What the host sends main. */
export type FromHost = ReadyMessage | LoadFailedMessage | ResponseMessage;

/** The request of WHOLE_DOCUMENTS. */
export const wholeDocumentsRequestSchema = z.strictObject({ documentIds: z.array(z.string().max(200)).max(10_000) });

/** The answer to a search that a newer one replaced (code `superseded`): the reader's screen ignores it. */
export const SUPERSEDED_MESSAGE = 'A newer search replaced this one before it was answered.';

const requestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const toHostSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('load'),
    corpusDir: z.string().min(1),
    expected: z.strictObject({ contentHash: z.string(), indexHash: z.string() }).nullable(),
  }),
  z.strictObject({
    type: z.literal('request'),
    id: requestId,
    kind: z.enum(HOST_KINDS),
    request: z.unknown(),
  }),
]);

const readerError = z.strictObject({ code: z.string(), message: z.string() });

const fromHostSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), status: z.looseObject({ warnings: z.array(z.string()) }) }),
  z.strictObject({ type: z.literal('load-failed'), message: z.string(), filePath: z.string() }),
  z.strictObject({
    type: z.literal('response'),
    id: requestId,
    result: z.union([
      z.strictObject({ ok: z.literal(true), value: z.unknown() }),
      z.strictObject({ ok: z.literal(false), error: readerError }),
    ]),
  }),
]);

/** A message for the host, or null when `message` is not one (the host ignores it). */
export function parseToHost(message: unknown): ToHost | null {
  const parsed = toHostSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** A message from the host, or null when `message` is not one (main ignores it). */
export function parseFromHost(message: unknown): FromHost | null {
  const parsed = fromHostSchema.safeParse(message);
  return parsed.success ? (parsed.data as FromHost) : null;
}
