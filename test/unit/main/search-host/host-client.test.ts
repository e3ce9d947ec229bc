/**
 * Main's client of the search host, over REAL host child processes (the host's own code, started
 * with child_process.fork): answers matched to their questions, older searches superseded, a host
 * killed with SIGKILL replaced, and a host that cannot start given up on with a clear error.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessLibrary } from '../../../../src/main/library/corpus-library';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';
import { sourceHostSpawner, startTestHost } from '../../../support/search-host';
import { tempDir } from '../../../support/temp-folders';

const local = inProcessLibrary(loadReaderServices(CORPUS_DIR));

describe('the search host client', () => {
  it('matches each answer to its question when many are waiting at once', async () => {
    const { client } = startTestHost(sourceHostSpawner());
    const toc = await local.ask('corpus:toc', { documentId: STATEMENT_ID });
    if (!toc.ok) throw new Error(toc.error.message);
    const sectionIds = toc.value.sections.map((section) => section.id);
    // Asked before the host is ready, all at once: answers come back by id, whatever their order.
    const asked = [
      ...sectionIds.map((sectionId) => ({
        kind: 'corpus:section' as const,
        request: { documentId: STATEMENT_ID, sectionId },
      })),
      { kind: 'corpus:toc' as const, request: { documentId: STATEMENT_ID } },
      { kind: 'corpus:toc' as const, request: { documentId: 'no-such-document' } },
      {
        kind: 'search:highlights' as const,
        request: { query: 'cooperation', documentId: STATEMENT_ID, sectionId: sectionIds[1]! },
      },
    ];
    const answers = await Promise.all(asked.map(({ kind, request }) => client.ask(kind, request as never)));
    const expected = await Promise.all(asked.map(({ kind, request }) => local.ask(kind, request as never)));
    expect(answers).toEqual(expected);
    expect(answers.at(-2)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers an older search `superseded` as soon as a newer one is asked, and the newest as in-process', async () => {
    const { client, ready } = startTestHost(sourceHostSpawner());
    await ready();
    const older = client.ask('search:query', { query: 'human' });
    const old = client.ask('search:query', { query: 'human rig' });
    const newest = client.ask('search:query', { query: 'human rights' });
    expect(await older).toMatchObject({ ok: false, error: { code: 'superseded' } });
    expect(await old).toMatchObject({ ok: false, error: { code: 'superseded' } });
    expect(await newest).toEqual(await local.ask('search:query', { query: 'human rights' }));
    // Other channels are never superseded by a search.
    const toc = client.ask('corpus:toc', { documentId: STATEMENT_ID });
    await client.ask('search:query', { query: 'freedom' });
    expect((await toc).ok).toBe(true);
  });

  it('starts a new host when the host is killed (SIGKILL), and answers the question asked as it died', async () => {
    const spawner = sourceHostSpawner();
    const { client, ready, logged } = startTestHost(spawner);
    await ready();
    expect((await client.ask('search:query', { query: 'freedom' })).ok).toBe(true);
    process.kill(spawner.pids[0]!, 'SIGKILL');
    const asked = client.ask('search:query', { query: 'expression' });
    await ready(2);
    expect(await asked).toEqual(await local.ask('search:query', { query: 'expression' }));
    expect(spawner.pids).toHaveLength(2);
    expect(logged.join('\n')).toMatch(/search host stopped/);
    // And the new host goes on answering.
    expect(await client.ask('app:status', undefined)).toEqual(await local.ask('app:status', undefined));
  });

  it('gives up after 3 hosts in a row stop before they are ready, with a clear error', async () => {
    const spawner = sourceHostSpawner(join(tempDir('reader-no-host-'), 'missing-host-entry.ts'));
    const { client } = startTestHost(spawner);
    const asked = await client.ask('search:query', { query: 'freedom' });
    expect(asked).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!asked.ok && asked.error.message).toMatch(/stopped 3 times in a row before it could answer/);
    expect(spawner.pids).toHaveLength(3);
    // Later questions get the same answer at once, and no further host is started.
    expect(await client.ask('corpus:documents', undefined)).toEqual(asked);
    expect(spawner.pids).toHaveLength(3);
  });

  it('gives up too after 3 hosts in a row are killed as soon as they are ready, before answering', async () => {
    const spawner = sourceHostSpawner();
    const { client } = startTestHost(spawner, { onReady: () => process.kill(spawner.pids.at(-1)!, 'SIGKILL') });
    // Two hosts die with the question: it is asked once more, then answered with an error.
    expect(await client.ask('corpus:documents', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    // The third dies too: the client gives up.
    const asked = await client.ask('corpus:documents', undefined);
    expect(asked).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!asked.ok && asked.error.message).toMatch(/stopped 3 times in a row/);
    expect(spawner.pids).toHaveLength(3);
  });

  it('answers every question with the load error, without restarting, when the corpus is unusable', async () => {
    const spawner = sourceHostSpawner();
    const failures: { message: string; filePath: string }[] = [];
    const { client } = startTestHost(spawner, {
      corpusDir: tempDir('reader-empty-corpus-'),
      onLoadFailed: (failure) => failures.push(failure),
    });
    const asked = await client.ask('corpus:documents', undefined);
    expect(asked).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(failures).toHaveLength(1);
    expect(failures[0]!.filePath).toMatch(/corpus\.json$/);
    expect(!asked.ok && asked.error.message).toContain(failures[0]!.message);
    expect(spawner.pids).toHaveLength(1);
  });
});
