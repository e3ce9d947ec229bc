/** The messages between main and the search host: each side accepts the protocol's messages and nothing else. */
import { describe, expect, it } from 'vitest';
import { parseFromHost, parseToHost } from '../../../../src/main/search-host/host-protocol';

const status = { stamp: {}, warnings: [], integrity: {} };

describe('messages to the host', () => {
  it('accepts a load and a request of every library channel', () => {
    expect(parseToHost({ type: 'load', corpusDir: '/corpus', expected: null })).not.toBeNull();
    expect(
      parseToHost({ type: 'load', corpusDir: '/c', expected: { contentHash: 'a', indexHash: 'b' } }),
    ).not.toBeNull();
    for (const kind of [
      'corpus:documents',
      'corpus:toc',
      'corpus:section',
      'search:query',
      'search:highlights',
      'app:status',
    ])
      expect(parseToHost({ type: 'request', id: 7, kind, request: { query: 'x' } })).toEqual({
        type: 'request',
        id: 7,
        kind,
        request: { query: 'x' },
      });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'search:query'],
    ['an unknown type', { type: 'quit' }],
    ['a channel main answers itself', { type: 'request', id: 1, kind: 'bookmarks:add', request: {} }],
    ['an unknown channel', { type: 'request', id: 1, kind: 'fs:read', request: '/etc/passwd' }],
    ['a negative id', { type: 'request', id: -1, kind: 'search:query', request: {} }],
    ['a fractional id', { type: 'request', id: 1.5, kind: 'search:query', request: {} }],
    ['an id that is a string', { type: 'request', id: '1', kind: 'search:query', request: {} }],
    ['an extra key', { type: 'request', id: 1, kind: 'search:query', request: {}, path: '/x' }],
    ['a load without a folder', { type: 'load', corpusDir: '', expected: null }],
    ['a load with malformed hashes', { type: 'load', corpusDir: '/c', expected: { contentHash: 1 } }],
  ])('rejects %s', (_name, message) => {
    expect(parseToHost(message)).toBeNull();
  });
});

describe('messages from the host', () => {
  it('accepts ready, load-failed and responses with a value or an error', () => {
    expect(parseFromHost({ type: 'ready', status })).not.toBeNull();
    expect(parseFromHost({ type: 'load-failed', message: 'bad', filePath: '/c/corpus.json' })).not.toBeNull();
    expect(parseFromHost({ type: 'response', id: 3, result: { ok: true, value: [1] } })).not.toBeNull();
    expect(
      parseFromHost({ type: 'response', id: 3, result: { ok: false, error: { code: 'not-found', message: 'no' } } }),
    ).not.toBeNull();
  });

  it.each([
    ['nothing', null],
    ['an unknown type', { type: 'hello' }],
    ['a ready without status', { type: 'ready' }],
    ['a response without an id', { type: 'response', result: { ok: true, value: 1 } }],
    ['a response without a result', { type: 'response', id: 1 }],
    ['a failure without its error', { type: 'response', id: 1, result: { ok: false } }],
    ['a failure whose error has no message', { type: 'response', id: 1, result: { ok: false, error: { code: 'x' } } }],
    ['a result that is neither', { type: 'response', id: 1, result: { ok: 'yes', value: 1 } }],
    ['an extra key', { type: 'response', id: 1, result: { ok: true, value: 1 }, eval: 'x' }],
  ])('rejects %s', (_name, message) => {
    expect(parseFromHost(message)).toBeNull();
  });
});
