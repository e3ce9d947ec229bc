/**
 * How one IPC channel is declared: `channel({ method, request, response, scope })`. The channel map
 * (channels.ts) is a list of these, and everything else (types, tables, schemas) is derived from it.
 */
import type { z } from 'zod';

declare const responseMark: unique symbol;

/** A response type carried for the compiler only: main builds responses, nothing checks them at run time. */
export interface ResponseType<T> {
  readonly [responseMark]?: T;
}

/** Names a channel's response type: `response: responseOf<SearchResponse>()`. */
export function responseOf<T>(): ResponseType<T> {
  return {};
}

/**
 * Where a channel is served: `everywhere` the handlers run (the app, the command-line companion,
 * tests), or `app-only` for what needs the reader's own data, clipboard or windows; outside the app
 * such a channel answers `unavailable`.
 */
export type ChannelScope = 'everywhere' | 'app-only';

/** One channel: the method the renderer calls, the schema its request must pass, its response, its scope. */
export interface ChannelDeclaration<
  Method extends string = string,
  Request extends z.ZodType = z.ZodType,
  Response = unknown,
  Scope extends ChannelScope = ChannelScope,
> {
  /** The name of the renderer's method, `window.reader[method]`. */
  method: Method;
  /** The request's schema: its output type is the request type, and main checks every request with it. */
  request: Request;
  response: ResponseType<Response>;
  scope: Scope;
}

/** Declares a channel; `scope` defaults to `everywhere`. */
export function channel<
  const Method extends string,
  Request extends z.ZodType,
  Response,
  Scope extends ChannelScope = 'everywhere',
>(declaration: {
  method: Method;
  request: Request;
  response: ResponseType<Response>;
  scope?: Scope;
}): ChannelDeclaration<Method, Request, Response, Scope> {
  return { ...declaration, scope: declaration.scope ?? ('everywhere' as Scope) };
}
