/**
 * The search host in a REAL child process answers exactly what the reader gets in-process: the
 * same searches (words, phrases, prefixes, corrections, other languages, nothing found, bad syntax),
 * tables of contents, sections, highlights and status, over the same generated corpus.
 */
import { describe, expect, it } from 'vitest';
import { inProcessLibrary } from '../../../../src/main/library/corpus-library';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';
import { sourceHostSpawner, startTestHost } from '../../../support/search-host';

const QUERIES = [
  'human rights',
  '"special rapporteur"',
  'cooperat*',
  'freedm~1',
  '+belarus -minsk',
  'title:cooperation',
  'свобода',
  'liberté',
  'zzqxv',
  'title:',
];

describe('the search host process', () => {
  it('answers every library channel as the in-process library does', async () => {
    const services = loadReaderServices(CORPUS_DIR);
    const local = inProcessLibrary(services);
    const { client, ready } = startTestHost(sourceHostSpawner());
    expect(await ready()).toEqual(services.status);
    for (const query of QUERIES) {
      // One at a time: a search waits for the last to be answered, as no keystroke supersedes it here.
      // Each side answers once first: a cold search may run out of its processor-time budget while
      // correcting on a busy machine, and say so in its notice.
      await client.ask('search:query', { query });
      await local.ask('search:query', { query });
      const hosted = await client.ask('search:query', { query });
      expect(hosted, query).toEqual(await local.ask('search:query', { query }));
    }
    expect(await client.ask('search:query', { query: 'rights', limit: 3, documentId: STATEMENT_ID })).toEqual(
      await local.ask('search:query', { query: 'rights', limit: 3, documentId: STATEMENT_ID }),
    );
    const documents = await client.ask('corpus:documents', undefined);
    expect(documents).toEqual(await local.ask('corpus:documents', undefined));
    if (!documents.ok) throw new Error(documents.error.message);
    for (const { id } of documents.value) {
      const toc = await client.ask('corpus:toc', { documentId: id });
      expect(toc).toEqual(await local.ask('corpus:toc', { documentId: id }));
      if (!toc.ok) throw new Error(toc.error.message);
      const sectionId = toc.value.sections[0]!.id;
      expect(await client.ask('corpus:section', { documentId: id, sectionId })).toEqual(
        await local.ask('corpus:section', { documentId: id, sectionId }),
      );
      expect(await client.ask('search:highlights', { query: 'rights', documentId: id, sectionId })).toEqual(
        await local.ask('search:highlights', { query: 'rights', documentId: id, sectionId }),
      );
    }
    expect(await client.ask('app:status', undefined)).toEqual(await local.ask('app:status', undefined));
  });

  it('refuses a request the channel would refuse, as a typed error', async () => {
    const { client } = startTestHost(sourceHostSpawner());
    // The dispatcher checks requests in main; the host checks them again (a process boundary).
    const answer = await client.ask('corpus:toc', { documentId: 42 } as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
