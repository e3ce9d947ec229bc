import { describe, expect, it } from 'vitest';
import {
  createDispatcher,
  MAX_PAYLOAD_BYTES,
  trustOwnFrames,
  withoutUndefinedKeys,
} from '../../../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../../../src/main/ipc/reader-handlers';
import { MAX_QUERY_LENGTH } from '../../../../src/shared/contract/search';
import { CHANNELS, type SearchResponse, type SectionView, type TableOfContents } from '../../../../src/shared/contract';
import { openTestReader, TRUSTED_SENDER } from '../../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const { dispatch, services } = openTestReader();

describe('IPC dispatcher over the real handlers', () => {
  it('serves the table of contents and a section', async () => {
    const toc = await dispatch(TRUSTED_SENDER, 'corpus:toc', { documentId: DOC });
    expect(toc.ok && (toc.value as TableOfContents).sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5]);
    const section = await dispatch(TRUSTED_SENDER, 'corpus:section', {
      documentId: DOC,
      sectionId: 'bilateral-human-rights-dialogues',
    });
    expect(section.ok).toBe(true);
    const view = (section as { value: SectionView }).value;
    expect(view.section.title).toBe('Bilateral human rights dialogues.');
    expect(view.previousSectionId).toBe('cooperation-with-the-human-rights-council-mechanisms');
    expect(view.nextSectionId).toBeNull();
  });

  it('answers unknown ids with a typed not-found error', async () => {
    expect(await dispatch(TRUSTED_SENDER, 'corpus:toc', { documentId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: "There is no document 'nope'." },
    });
    const section = await dispatch(TRUSTED_SENDER, 'corpus:section', { documentId: DOC, sectionId: 'nope' });
    expect(section).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['corpus:toc', null],
    ['corpus:toc', {}],
    ['corpus:toc', { documentId: 42 }],
    ['corpus:toc', { documentId: '' }],
    ['corpus:toc', { documentId: DOC, extra: true }],
    ['corpus:section', { documentId: DOC }],
    ['search:query', { query: 5 }],
    ['search:query', { query: 'x', limit: -1 }],
    ['search:query', 'UPR'],
    ['corpus:documents', { unexpected: 1 }],
  ])('rejects a malformed %s payload %j with invalid-request', async (channel, payload) => {
    const result = await dispatch(TRUSTED_SENDER, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((result as { error: { message: string } }).error.message).toContain(channel);
  });

  it('caps the payload size and the query length with clear messages', async () => {
    const huge = await dispatch(TRUSTED_SENDER, 'search:query', { query: 'a'.repeat(MAX_PAYLOAD_BYTES + 1) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    const long = await dispatch(TRUSTED_SENDER, 'search:query', { query: 'a '.repeat(MAX_QUERY_LENGTH) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((long as { error: { message: string } }).error.message).toMatch(/too long/);
  });

  it('rejects payloads that are not plain data', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await dispatch(TRUSTED_SENDER, 'corpus:toc', cyclic)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('rejects unknown channels', async () => {
    expect(await dispatch(TRUSTED_SENDER, 'fs:read', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it.each(CHANNELS)('rejects untrusted senders on %s', async (channel) => {
    const senders = [
      { ...TRUSTED_SENDER, webContentsId: 2 },
      { ...TRUSTED_SENDER, isTopFrame: false },
      { ...TRUSTED_SENDER, frameUrl: 'https://example.com/' },
      { ...TRUSTED_SENDER, webContentsId: null },
    ];
    for (const sender of senders) {
      expect(await dispatch(sender, channel, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('turns an exception inside a handler into a typed internal error and logs it', async () => {
    const logged: string[] = [];
    const handlers = createReaderHandlers(services);
    const broken = createDispatcher(
      {
        ...handlers,
        'corpus:documents': () => {
          throw new Error('disk on fire');
        },
      },
      () => true,
      (message) => logged.push(message),
    );
    expect(await broken(TRUSTED_SENDER, 'corpus:documents', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged[0]).toMatch(/disk on fire/);
  });

  it('searches through the same path, answering a query with nothing to look for as bad-query', async () => {
    const found = await dispatch(TRUSTED_SENDER, 'search:query', { query: 'CEDAW' });
    expect(found.ok && (found.value as SearchResponse).hits.map((hit) => hit.sectionId)).toEqual([
      'cooperation-with-human-rights-treaty-bodies',
    ]);
    expect(await dispatch(TRUSTED_SENDER, 'search:query', { query: '***' })).toMatchObject({
      ok: false,
      error: { code: 'bad-query' },
    });
  });
});

describe('trustOwnFrames', () => {
  it('trusts only the top frame of a known window at the app origin', () => {
    const ids = new Set([7]);
    const trust = trustOwnFrames(
      () => ids,
      (url) => url.startsWith('app://reader/'),
    );
    expect(trust({ webContentsId: 7, frameUrl: 'app://reader/index.html', isTopFrame: true })).toBe(true);
    expect(trust({ webContentsId: 7, frameUrl: 'app://reader/index.html', isTopFrame: false })).toBe(false);
    expect(trust({ webContentsId: 8, frameUrl: 'app://reader/index.html', isTopFrame: true })).toBe(false);
    expect(trust({ webContentsId: 7, frameUrl: 'file:///etc/passwd', isTopFrame: true })).toBe(false);
    ids.delete(7); // a closed window is no longer trusted
    expect(trust({ webContentsId: 7, frameUrl: 'app://reader/index.html', isTopFrame: true })).toBe(false);
  });
});

describe('withoutUndefinedKeys', () => {
  it('drops keys whose value is undefined at any depth, keeps everything else, and pollutes nothing', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { theme: undefined, textScale: 1.1 });
    expect(withoutUndefinedKeys(bare)).toEqual({ textScale: 1.1 });
    expect(
      withoutUndefinedKeys({ a: undefined, b: { c: undefined, d: null, e: [undefined, { f: undefined, g: 0 }] } }),
    ).toEqual({ b: { d: null, e: [undefined, { g: 0 }] } });
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as unknown;
    const cleaned = withoutUndefinedKeys(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(withoutUndefinedKeys('text')).toBe('text');
    expect(withoutUndefinedKeys(undefined)).toBeUndefined();
  });
});
