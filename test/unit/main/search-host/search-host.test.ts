/**
 * The host's own side (search-host.ts), fed messages as its process entry would feed them: searches
 * that a newer one replaced before their turn are answered `superseded` without being run, other
 * requests are all answered in order, and messages outside the protocol are ignored.
 */
import { describe, expect, it, vi } from 'vitest';
import { inProcessLibrary } from '../../../../src/main/library/corpus-library';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import type { FromHost } from '../../../../src/main/search-host/host-protocol';
import { createSearchHost } from '../../../../src/main/search-host/search-host';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';

function hostWithOutbox(): { sent: FromHost[]; logged: string[]; receive: (message: unknown) => void } {
  const sent: FromHost[] = [];
  const logged: string[] = [];
  const host = createSearchHost(
    (message) => sent.push(message),
    (message) => logged.push(message),
  );
  host.receive({ type: 'load', corpusDir: CORPUS_DIR, expected: null });
  return { sent, logged, receive: (message) => host.receive(message) };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('the search host', () => {
  it('is ready once loaded, then answers only the newest of the searches waiting for their turn', async () => {
    const { sent, receive } = hostWithOutbox();
    expect(sent).toMatchObject([{ type: 'ready' }]);
    const typed = ['h', 'hu', 'hum', 'huma', 'human'];
    typed.forEach((query, index) =>
      receive({ type: 'request', id: index + 1, kind: 'search:query', request: { query } }),
    );
    receive({ type: 'request', id: 9, kind: 'corpus:toc', request: { documentId: STATEMENT_ID } });
    const responses = await vi.waitFor(
      () => {
        const answered = sent.filter((message) => message.type === 'response');
        expect(answered).toHaveLength(6);
        return answered;
      },
      { timeout: 10_000 },
    );
    expect(responses.map((response) => [response.id, response.result.ok ? 'ok' : response.result.error.code])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'superseded'],
      [4, 'superseded'],
      [5, 'ok'],
      [9, 'ok'],
    ]);
    const local = inProcessLibrary(loadReaderServices(CORPUS_DIR));
    expect(responses[4]!.result).toEqual(await local.ask('search:query', { query: 'human' }));
  });

  it('ignores messages outside the protocol and says so in its log', async () => {
    const { sent, logged, receive } = hostWithOutbox();
    receive({ type: 'request', id: 1, kind: 'bookmarks:remove', request: { id: 'x' } });
    receive('search:query');
    await settle();
    expect(sent).toHaveLength(1);
    expect(logged).toHaveLength(2);
  });
});
