/**
 * The channel map is the one declaration of each channel: its method name, request schema, response
 * type and scope. Everything else (channel list, method table, types, app-only table) is derived;
 * these tests check the derivation at run time, and the `expectTypeOf` lines are checked by
 * `npm run typecheck`.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  API_METHODS,
  APP_ONLY_CHANNELS,
  CHANNELS,
  READER_CHANNELS,
  type AppOnlyChannel,
  type ReaderApi,
  type RequestOf,
  type ResponseOf,
} from '../../../../src/shared/contract/channels';
import type { TableOfContents } from '../../../../src/shared/contract/library';
import type { SearchRequest } from '../../../../src/shared/contract/request-schemas';
import type { SearchResponse } from '../../../../src/shared/contract/search';
import type { BookmarkEntry } from '../../../../src/shared/contract/user';
import type { Result } from '../../../../src/shared/result';

describe('the channel map', () => {
  it('lists every declared channel once, with a namespaced name', () => {
    expect(CHANNELS).toEqual(Object.keys(READER_CHANNELS));
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('gives every channel a zod request schema and a method name of its own', () => {
    for (const name of CHANNELS) {
      const declaration = READER_CHANNELS[name];
      expect(declaration.request, name).toBeInstanceOf(z.ZodType);
      expect(declaration.method, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(API_METHODS[declaration.method as keyof typeof API_METHODS], name).toBe(name);
    }
    // Two channels with one method name would leave one of them unreachable from the renderer.
    expect(Object.keys(API_METHODS)).toHaveLength(CHANNELS.length);
    expect(Object.isFrozen(API_METHODS)).toBe(true);
  });

  it('takes the app-only channels from the declarations: exactly those with scope app-only', () => {
    expect(APP_ONLY_CHANNELS).toEqual(CHANNELS.filter((name) => READER_CHANNELS[name].scope === 'app-only'));
    expect(APP_ONLY_CHANNELS.length).toBeGreaterThan(0);
    for (const name of CHANNELS)
      expect(['everywhere', 'app-only'], `${name} has a scope`).toContain(READER_CHANNELS[name].scope);
    expect(READER_CHANNELS['search:query'].scope).toBe('everywhere');
    expect(READER_CHANNELS['bookmarks:list'].scope).toBe('app-only');
  });

  it("checks each request with the schema declared beside its method (a search's, a table of contents')", () => {
    const search = READER_CHANNELS[API_METHODS.search].request;
    expect(search.safeParse({ query: 'treaty', limit: 5 }).success).toBe(true);
    expect(search.safeParse({ query: 'treaty', limit: 0 }).success).toBe(false);
    const toc = READER_CHANNELS[API_METHODS.getToc].request;
    expect(toc.safeParse({ documentId: 'doc' }).success).toBe(true);
    expect(toc.safeParse({ documentId: 'doc', extra: 1 }).success).toBe(false);
  });

  it('derives the request, response and method types from the same declaration', () => {
    expectTypeOf<RequestOf<'search:query'>>().toEqualTypeOf<
      z.output<(typeof READER_CHANNELS)['search:query']['request']>
    >();
    expectTypeOf<RequestOf<'search:query'>>().toEqualTypeOf<SearchRequest>();
    expectTypeOf<ResponseOf<'search:query'>>().toEqualTypeOf<SearchResponse>();
    expectTypeOf<ResponseOf<'corpus:toc'>>().toEqualTypeOf<TableOfContents>();
    expectTypeOf<ReaderApi['search']>().toEqualTypeOf<(request: SearchRequest) => Promise<Result<SearchResponse>>>();
    expectTypeOf<ReaderApi['listBookmarks']>().returns.toEqualTypeOf<Promise<Result<BookmarkEntry[]>>>();
    expectTypeOf<ReaderApi['getToc']>().parameter(0).toEqualTypeOf<{ documentId: string }>();
    // A channel without arguments is called without one.
    expectTypeOf<ReaderApi['listDocuments']>().toBeCallableWith();
    expectTypeOf<(typeof API_METHODS)['search']>().toEqualTypeOf<'search:query'>();
    expectTypeOf<'search:query'>().not.toExtend<AppOnlyChannel>();
    expectTypeOf<'settings:update'>().toExtend<AppOnlyChannel>();
  });
});
