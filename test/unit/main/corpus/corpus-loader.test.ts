import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashShardHashes } from '../../../../src/main/corpus/content-hash';
import {
  CorpusLoadError,
  DOCUMENTS_DIR_NAME,
  documentPath,
  MAX_CORPUS_BYTES,
  readCheckedCorpus,
} from '../../../../src/main/corpus/corpus-loader';
import { loadCorpus, loadReaderServices } from '../../../../src/main/library/load-library';
import { IndexEvaluator } from '../../../../src/main/search/index-evaluator';
import { shardPath } from '../../../../src/main/search/index-loader';
import type { ShardIndex } from '../../../../src/main/search/shard-index';
import type { CorpusCatalog, CorpusDocument, SearchShardFile } from '../../../../src/shared/corpus-types';
import { STATEMENT_ID } from '../../../support/paths';
import { copyOfCorpus } from '../../../support/temp-corpus';

/** How many paragraphs hold a term, in any field. */
const paragraphsWith = (index: ShardIndex, term: string) =>
  new IndexEvaluator(index).evaluate([{ terms: [term], fields: index.fields, presence: 'optional', boost: 1 }]).ordinals
    .length;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
/** The index shard of the statement, the document the reader opens first. */
const statementShard = (dir: string) => shardPath(dir, STATEMENT_ID);

/**
 * Writes the statement's shard and records its bytes in the corpus stamp as a build would (so that
 * the hash check passes and reading the index is what fails).
 */
function writeRecorded(dir: string, bytes: string): void {
  writeFileSync(statementShard(dir), bytes);
  const corpus = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
  corpus.stamp.shardHashes[STATEMENT_ID] = hashBytes(Buffer.from(bytes));
  corpus.stamp.indexHash = hashShardHashes(corpus.stamp.shardHashes);
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(corpus));
}

describe('corpus loader', () => {
  it('loads the prebuilt index without rebuilding or warning', () => {
    const loaded = loadCorpus(copyOfCorpus());
    expect(loaded.indexRebuilt).toBe(false);
    expect(loaded.warnings).toEqual([]);
    expect(paragraphsWith(loaded.opening.index, 'upr')).toBe(2);
  });

  it.each([
    ['missing', (dir: string) => rmSync(statementShard(dir)), /index file is missing/],
    ['corrupt', (dir: string) => writeFileSync(statementShard(dir), '{"stamp":'), /not valid JSON/],
    ['of another shape', (dir: string) => writeFileSync(statementShard(dir), '[1,2]'), /unexpected shape/],
    [
      'built by another Lunr',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeFileSync(statementShard(dir), JSON.stringify({ ...file, stamp: { ...file.stamp, lunrVersion: '2.3.8' } }));
      },
      /built with Lunr 2\.3\.8/,
    ],
    [
      'built from other content',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeFileSync(
          statementShard(dir),
          JSON.stringify({ ...file, stamp: { ...file.stamp, contentHash: 'f'.repeat(64) } }),
        );
      },
      /built from different content/,
    ],
    [
      'of an older shard format (Lunr’s own, as an older build wrote it)',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeRecorded(dir, JSON.stringify({ ...file, index: { version: '2.3.9', fields: ['title'] } }));
      },
      /index could not be loaded \(the index has shard format none \(Lunr’s own\), not 1\)/,
    ],
    [
      'unreadable',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeRecorded(dir, JSON.stringify({ ...file, index: { ...file.index, offsets: 'AAAA' } }));
      },
      /index could not be loaded \(the index offsets do not match its terms\)/,
    ],
  ])('rebuilds a %s index in memory, warns, and still searches', (_case, damage, reason) => {
    const dir = copyOfCorpus();
    damage(dir);
    const loaded = loadCorpus(dir);
    expect(loaded.indexRebuilt).toBe(true);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(/search index was rebuilt in memory/);
    expect(loaded.warnings[0]).toMatch(reason);
    expect(paragraphsWith(loaded.opening.index, 'upr')).toBe(2);
  });

  it('warns when the opening document no longer matches its content hash (tampering)', () => {
    const dir = copyOfCorpus();
    const path = documentPath(dir, STATEMENT_ID);
    const document = readJson<CorpusDocument>(path);
    document.sections[0]!.paragraphs[0]!.text = 'Words that were never said.';
    writeFileSync(path, JSON.stringify(document));
    const loaded = loadCorpus(dir);
    expect(loaded.warnings.some((warning) => /does not match its stamp/.test(warning))).toBe(true);
    expect(loaded.warnings.some((warning) => warning.includes(path))).toBe(true);
    expect(loaded.integrity.verified).toBe(false);
    expect(loaded.integrity.actualHash).not.toBe(loaded.corpus.stamp.contentHash);
    expect(loaded.indexRebuilt).toBe(true);
    expect(paragraphsWith(loaded.opening.index, 'never')).toBe(1);
  });

  it('warns when the catalog no longer matches its content hash (tampering with a listed title)', () => {
    const dir = copyOfCorpus();
    const catalog = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
    catalog.documents[1]!.title = 'A title never given';
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(catalog));
    const loaded = loadCorpus(dir);
    expect(loaded.integrity.verified).toBe(false);
    expect(loaded.warnings.some((warning) => /does not match its stamp/.test(warning))).toBe(true);
  });

  it('reports an altered document when it is first read, and only that one', () => {
    const dir = copyOfCorpus();
    const catalog = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
    const altered = catalog.documents[2]!.id;
    const path = documentPath(dir, altered);
    const document = readJson<CorpusDocument>(path);
    document.sections[0]!.paragraphs[0]!.text = 'Words that were never said.';
    writeFileSync(path, JSON.stringify(document));
    const { store, status } = loadReaderServices(dir);
    // Opening reads the statement only: nothing is known to be wrong yet.
    expect(status.integrity.verified).toBe(true);
    const fine = catalog.documents[1]!.id;
    expect(store.getDocument(fine)!.sections.length).toBeGreaterThan(0);
    expect(status.integrity.verified).toBe(true);
    expect(store.getDocument(altered)!.sections[0]!.paragraphs[0]!.text).toBe('Words that were never said.');
    expect(status.integrity.verified).toBe(false);
    expect(status.integrity.actualHash).not.toBe(status.integrity.expectedHash);
    expect(status.integrity.warning).toMatch(/does not match its stamp/);
    expect(status.integrity.warning).toContain(path);
    expect(status.warnings.filter((warning) => /does not match its stamp/.test(warning))).toEqual([
      status.integrity.warning,
    ]);
  });

  it('names the missing file of a document when it is first needed', () => {
    const dir = copyOfCorpus();
    const catalog = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
    const path = documentPath(dir, catalog.documents[3]!.id);
    rmSync(path);
    const { store } = loadReaderServices(dir);
    expect(store.listDocuments()).toHaveLength(catalog.documents.length);
    let error: unknown;
    try {
      store.getSection(catalog.documents[3]!.id, 's1');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).message).toMatch(/is missing/);
    expect((error as CorpusLoadError).filePath).toBe(path);
  });

  it('refuses a corpus whose opening document is missing, naming its file', () => {
    const dir = copyOfCorpus();
    rmSync(documentPath(dir, STATEMENT_ID));
    expect(() => loadCorpus(dir)).toThrow(CorpusLoadError);
    try {
      loadCorpus(dir);
    } catch (error) {
      expect((error as CorpusLoadError).filePath).toBe(documentPath(dir, STATEMENT_ID));
    }
  });

  it('opens and searches the statement reading only the catalog and its own document', () => {
    const dir = copyOfCorpus();
    const others = readdirSync(join(dir, DOCUMENTS_DIR_NAME))
      .map((name) => join(dir, DOCUMENTS_DIR_NAME, name))
      .filter((path) => path !== documentPath(dir, STATEMENT_ID));
    expect(others.length).toBeGreaterThan(0);
    // Gone rather than chmod-ed: unreadable even to root, and any attempt to read one throws.
    for (const path of others) rmSync(path);
    const { store, search, status } = loadReaderServices(dir);
    expect(status.integrity.verified).toBe(true);
    expect(store.getToc(STATEMENT_ID)!.sections.length).toBeGreaterThan(0);
    const found = search.search('upr', { documentId: STATEMENT_ID });
    expect(found.ok && found.value.hits.length).toBeGreaterThan(0);
    // Listing the library needs no document file either.
    expect(store.listDocuments().every((summary) => summary.sectionCount > 0)).toBe(true);
  });

  it('hashes a canonical form: the same text with its keys in another order and other spacing still verifies', () => {
    const dir = copyOfCorpus();
    const catalog = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
    const documentFile = documentPath(dir, STATEMENT_ID);
    const document = readJson<CorpusDocument>(documentFile);
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reversed(item)]),
            )
          : value;
    const rewritten = JSON.stringify(reversed(catalog), null, 3);
    expect(rewritten).not.toBe(readFileSync(join(dir, 'corpus.json'), 'utf8'));
    writeFileSync(join(dir, 'corpus.json'), rewritten);
    writeFileSync(documentFile, JSON.stringify(reversed(document), null, 3));
    const checked = loadCorpus(dir);
    expect(checked.integrity).toMatchObject({ verified: true, warning: null, actualHash: catalog.stamp.contentHash });
    // One changed character is still a different text.
    document.sections[1]!.paragraphs[0]!.text += ' ';
    writeFileSync(documentFile, JSON.stringify(reversed(document)));
    expect(loadCorpus(dir).integrity.verified).toBe(false);
    expect(readCheckedCorpus(dir).integrity.verified).toBe(true); // nothing read yet but the catalog
  });

  it.each([
    ['missing', (dir: string) => rmSync(join(dir, 'corpus.json')), /is missing/],
    [
      'too large (refused before it is read)',
      (dir: string) => truncateSync(join(dir, 'corpus.json'), MAX_CORPUS_BYTES + 1),
      /too large to open \(48\.0 MB; this reader opens at most 48\.0 MB\)/,
    ],
    [
      'not JSON',
      (dir: string) => writeFileSync(join(dir, 'corpus.json'), 'garbage'),
      /damaged \(it is not valid JSON\)/,
    ],
    [
      'of another schema',
      (dir: string) => {
        const file = readJson<CorpusCatalog>(join(dir, 'corpus.json'));
        writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ ...file, stamp: { ...file.stamp, schema: 99 } }));
      },
      /format version 99/,
    ],
    [
      'of the wrong shape',
      (dir: string) => writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ stamp: {}, documents: 'x' })),
      /damaged \(/,
    ],
  ])('refuses a %s corpus with a CorpusLoadError naming the file', (_case, damage, message) => {
    const dir = copyOfCorpus();
    damage(dir);
    let error: unknown;
    try {
      loadCorpus(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).message).toMatch(message);
    expect((error as CorpusLoadError).filePath).toBe(join(dir, 'corpus.json'));
  });
});
