/**
 * The schema main checks each channel's request with, derived from the channel map: the declared
 * schema, after dropping every key whose value is `undefined`. Electron's IPC (structured clone)
 * keeps such keys, where JSON would drop them; the declared optional fields accept `undefined`, so
 * without this `settings:update {theme: undefined}` would reach the store and write a settings
 * file without a theme. Dropping (rather than refusing) matches the TypeScript types the renderer
 * is written against, where `{theme: undefined}` means "no theme given".
 */
import { z } from 'zod';
import {
  CHANNELS,
  READER_CHANNELS,
  type Channel,
  type ReaderChannels,
  type RequestOf,
} from '../../shared/contract/channels';

/** The runtime schema of each channel's request. */
export const requestSchemas = Object.fromEntries(CHANNELS.map((name) => [name, runtimeSchemaOf(name)])) as {
  readonly [C in Channel]: z.ZodType<RequestOf<C>, unknown>;
};

function runtimeSchemaOf<C extends Channel>(name: C): z.ZodType<RequestOf<C>, unknown> {
  const declared: ReaderChannels[C]['request'] = READER_CHANNELS[name].request;
  return z.preprocess(withoutUndefinedKeys, declared);
}

/** A copy of a payload in which plain objects, at any depth, have no key whose value is undefined. */
export function withoutUndefinedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefinedKeys);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, withoutUndefinedKeys(field)]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
