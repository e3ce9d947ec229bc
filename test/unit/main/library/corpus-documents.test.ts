/**
 * The corpus as main's own channels read it when the library lives in the search host: a store
 * with the documents a request names (and no others), that still lists every document in corpus
 * order, over the REAL host in a child process.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentPath } from '../../../../src/main/corpus/corpus-loader';
import { corpusThrough } from '../../../../src/main/library/corpus-documents';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';
import { sourceHostSpawner, startTestHost } from '../../../support/search-host';
import { copyOfCorpus } from '../../../support/temp-corpus';

describe('the corpus read through the search host', () => {
  it('holds exactly the documents asked for so far, lists them all, and has the host’s status', async () => {
    const local = loadReaderServices(CORPUS_DIR);
    const { client } = startTestHost(sourceHostSpawner());
    const corpus = corpusThrough(client);
    const [statement, other] = local.store.listDocuments();
    if (!statement || !other) throw new Error('the bundled library has at least two documents');

    const first = await corpus.read([STATEMENT_ID, 'no-such-document']);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.status).toEqual(local.status);
    expect(first.value.store.listDocuments()).toEqual(local.store.listDocuments());
    expect(first.value.store.getDocument(STATEMENT_ID)).toEqual(local.store.getDocument(STATEMENT_ID));
    expect(first.value.store.getDocument(other.id)).toBeUndefined();
    expect(first.value.store.getDocument('no-such-document')).toBeUndefined();

    // Documents read once are kept: a later reading has them all.
    const second = await corpus.read([other.id]);
    if (!second.ok) throw new Error(second.error.message);
    const sectionId = local.store.getDocument(other.id)!.sections[0]!.id;
    expect(second.value.store.getSection(other.id, sectionId)).toEqual(local.store.getSection(other.id, sectionId));
    expect(second.value.store.getSection(other.id, sectionId)).toBeDefined();
    expect(second.value.store.file.documents.map((document) => document.id)).toEqual([STATEMENT_ID, other.id]);
  });

  it('answers with the host’s error when the library cannot be read', async () => {
    const { client } = startTestHost(sourceHostSpawner(), { corpusDir: CORPUS_DIR + '-missing' });
    const reading = await corpusThrough(client).read([STATEMENT_ID]);
    expect(reading).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('says a document was altered in the status of the first reading that holds it, not before', async () => {
    const dir = copyOfCorpus();
    const other = loadReaderServices(dir).store.listDocuments()[1]!.id;
    const path = documentPath(dir, other);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"text":"', '"text":"Altered. '));
    const { client } = startTestHost(sourceHostSpawner(), { corpusDir: dir });
    const corpus = corpusThrough(client);
    const statement = await corpus.read([STATEMENT_ID]);
    expect(statement.ok && statement.value.status.integrity.verified).toBe(true);
    const altered = await corpus.read([other]);
    if (!altered.ok) throw new Error(altered.error.message);
    expect(altered.value.store.getDocument(other)!.sections[0]!.paragraphs[0]!.text).toMatch(/^Altered\. /);
    expect(altered.value.status.integrity.verified).toBe(false);
    expect(altered.value.status.integrity.warning).toContain(path);
    expect(altered.value.status.integrity.actualHash).not.toBe(altered.value.status.integrity.expectedHash);
  });

  it('answers a request for a document whose file is missing with an error naming the file', async () => {
    const dir = copyOfCorpus();
    const other = loadReaderServices(dir).store.listDocuments()[1]!.id;
    rmSync(documentPath(dir, other));
    const { client } = startTestHost(sourceHostSpawner(), { corpusDir: dir });
    const toc = await client.ask('corpus:toc', { documentId: other });
    expect(toc).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!toc.ok && toc.error.message).toContain(documentPath(dir, other));
    // The statement still opens.
    expect((await client.ask('corpus:toc', { documentId: STATEMENT_ID })).ok).toBe(true);
  });
});
