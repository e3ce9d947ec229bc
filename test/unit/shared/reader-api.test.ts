import { describe, expect, it } from 'vitest';
import { API_METHODS, type Channel } from '../../../src/shared/contract';
import { createReaderApi } from '../../../src/shared/reader-api';

describe('createReaderApi (the preload factory)', () => {
  it('exposes exactly the contract methods, each calling its own channel with the request', async () => {
    const calls: [Channel, unknown][] = [];
    const api = createReaderApi(API_METHODS, async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: channel };
    });
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_METHODS).sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(await api.getToc({ documentId: 'd' })).toEqual({ ok: true, value: 'corpus:toc' });
    await api.search({ query: 'q' });
    expect(calls).toEqual([
      ['corpus:toc', { documentId: 'd' }],
      ['search:query', { query: 'q' }],
    ]);
  });

  it('turns a failing transport into a typed internal error instead of a rejection', async () => {
    const api = createReaderApi(API_METHODS, async () => {
      throw new Error('channel closed');
    });
    expect(await api.listDocuments()).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('channel closed') },
    });
  });
});
