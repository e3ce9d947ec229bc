import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { runCorpusCommand } from '../../../scripts/build-corpus';
import { buildCorpus, corpusProblem } from '../../../scripts/corpus-files';
import {
  catalogEntry,
  hashBytes,
  hashCatalog,
  hashDocument,
  hashShardHashes,
} from '../../../src/main/corpus/content-hash';
import { DOCUMENTS_DIR_NAME, documentPath } from '../../../src/main/corpus/corpus-loader';
import { parseSourceDocument } from '../../../src/main/corpus/source-document';
import { shardPath } from '../../../src/main/search/index-loader';
import { ANALYSIS_VERSION } from '../../../src/main/text/text-analysis';
import { IndexEvaluator } from '../../../src/main/search/index-evaluator';
import { parseShardIndex } from '../../../src/main/search/shard-format';
import type { CorpusCatalog, CorpusDocument, SearchShardFile } from '../../../src/shared/corpus-types';
import { CORPUS_SCHEMA_VERSION } from '../../../src/shared/corpus-types';
import { DOCUMENTS_DIR, STATEMENT_ID } from '../../support/paths';
import { tempDir } from '../../support/temp-folders';

/** A sources folder holding the statement alone, and where to build it. */
function workspace(): { sources: string; out: string } {
  const sources = tempDir('reader-sources-');
  copyFileSync(join(DOCUMENTS_DIR, `${STATEMENT_ID}.md`), join(sources, `${STATEMENT_ID}.md`));
  return { sources, out: join(tempDir('reader-out-'), 'corpus') };
}

const SECOND = `---
title: A second document
issuer: Somebody
language: en
provenance: Written for this test.
---

## Only section

Co\u2010operation matters.
`;

describe('corpus build', () => {
  it('writes a stamped corpus and a stamped Lunr index shard per document from the sources', () => {
    const { sources, out } = workspace();
    const summary = buildCorpus(sources, out);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusCatalog;
    const indexBytes = readFileSync(shardPath(out, STATEMENT_ID));
    const index = JSON.parse(indexBytes.toString('utf8')) as SearchShardFile;
    expect(summary).toMatchObject({ documents: 1, sections: 5, paragraphs: 22 });
    expect(corpus.stamp).toMatchObject({
      schema: CORPUS_SCHEMA_VERSION,
      lunrVersion: lunr.version,
      contentHash: hashCatalog(corpus.documents),
    });
    // The corpus stamp is the shard's stamp plus the SHA-256 of each shard's bytes and one hash over them.
    const shardHashes = { [STATEMENT_ID]: hashBytes(indexBytes) };
    expect({ ...index.stamp, shardHashes, indexHash: hashShardHashes(shardHashes) }).toEqual(corpus.stamp);
    expect(index).toMatchObject({ documentId: STATEMENT_ID, language: 'en', analysisVersion: ANALYSIS_VERSION });
    const compact = parseShardIndex(index.index);
    if (typeof compact === 'string') throw new Error(compact);
    const found = new IndexEvaluator(compact).evaluate([
      { terms: ['nhrap'], fields: compact.fields, presence: 'required', boost: 1 },
    ]);
    expect(found.ordinals).toHaveLength(2);
  });

  it('gives the same content hash and ids for the same sources (stable across builds)', () => {
    const { sources, out } = workspace();
    const first = buildCorpus(sources, out).stamp;
    const firstCorpus = readFileSync(join(out, 'corpus.json'), 'utf8');
    const second = buildCorpus(sources, out).stamp;
    expect(second.contentHash).toBe(first.contentHash);
    expect(second.sourceHash).toBe(first.sourceHash);
    expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')).documents).toEqual(
      JSON.parse(firstCorpus).documents,
    );
  });

  it('takes a second document by adding a file, no code', () => {
    const { sources, out } = workspace();
    writeFileSync(join(sources, 'second-document.md'), SECOND);
    const summary = buildCorpus(sources, out);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusCatalog;
    expect(summary.documents).toBe(2);
    expect(corpus.documents.map((document) => document.id)).toEqual([
      'belarus-un-human-rights-cooperation',
      'second-document',
    ]);
  });

  it('writes a catalog and document files that agree: each entry is its file’s metadata, section count and hash', () => {
    const { sources, out } = workspace();
    writeFileSync(join(sources, 'second-document.md'), SECOND);
    buildCorpus(sources, out);
    const catalog = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusCatalog;
    expect(readdirSync(join(out, DOCUMENTS_DIR_NAME)).sort()).toEqual(
      catalog.documents.map((entry) => `${entry.id}.json`).sort(),
    );
    for (const entry of catalog.documents) {
      const document = JSON.parse(readFileSync(documentPath(out, entry.id), 'utf8')) as CorpusDocument;
      expect(catalogEntry(document)).toEqual(entry);
      expect(hashDocument(document)).toBe(entry.contentHash);
      const { sections, ...metadata } = document;
      expect(entry).toEqual({ ...metadata, sectionCount: sections.length, contentHash: entry.contentHash });
    }
    // The library's hash binds each document's: it is the hash of the catalog, and of the parsed sources.
    const parsed = readdirSync(sources)
      .sort()
      .map((name) => parseSourceDocument(name, readFileSync(join(sources, name), 'utf8')));
    expect(catalog.stamp.contentHash).toBe(hashCatalog(parsed.map(catalogEntry)));
    // A document dropped from the sources loses its file at the next build.
    rmSync(join(sources, 'second-document.md'));
    buildCorpus(sources, out);
    expect(existsSync(documentPath(out, 'second-document'))).toBe(false);
    expect(existsSync(documentPath(out, STATEMENT_ID))).toBe(true);
  });

  it('reports a missing document file as a corpus to rebuild', () => {
    const { sources, out } = workspace();
    buildCorpus(sources, out);
    rmSync(documentPath(out, STATEMENT_ID));
    expect(corpusProblem(sources, out)).toMatch(/document file .* is missing/);
    buildCorpus(sources, out);
    expect(corpusProblem(sources, out)).toBeNull();
  });

  it('refuses two documents with the same id', () => {
    const { sources, out } = workspace();
    writeFileSync(
      join(sources, 'copy.md'),
      SECOND.replace('title:', 'id: belarus-un-human-rights-cooperation\ntitle:'),
    );
    expect(() => buildCorpus(sources, out)).toThrow(/share the id 'belarus-un-human-rights-cooperation'/);
  });

  it('reports a missing or stale corpus, and nothing once rebuilt', () => {
    const { sources, out } = workspace();
    expect(corpusProblem(sources, out)).toMatch(/corpus .* is missing/);
    buildCorpus(sources, out);
    expect(corpusProblem(sources, out)).toBeNull();
    writeFileSync(join(sources, 'second-document.md'), SECOND);
    expect(corpusProblem(sources, out)).toMatch(/is stale/);
    buildCorpus(sources, out);
    expect(corpusProblem(sources, out)).toBeNull();
    writeFileSync(join(out, 'corpus.json'), '{ not json');
    expect(corpusProblem(sources, out)).toMatch(/not valid JSON/);
  });

  it('reports shards written in an older shard format (Lunr’s own) as a corpus to rebuild', () => {
    const { sources, out } = workspace();
    buildCorpus(sources, out);
    const path = shardPath(out, STATEMENT_ID);
    const shard = JSON.parse(readFileSync(path, 'utf8')) as SearchShardFile;
    writeFileSync(path, JSON.stringify({ ...shard, index: { version: '2.3.9', invertedIndex: [] } }));
    expect(corpusProblem(sources, out)).toMatch(/search index .* has an old format/);
    buildCorpus(sources, out);
    expect(corpusProblem(sources, out)).toBeNull();
  });

  it('reports a renamed source document as stale', () => {
    const { sources, out } = workspace();
    buildCorpus(sources, out);
    const [name] = readdirSync(sources).filter((file) => file.endsWith('.md'));
    renameSync(join(sources, name!), join(sources, `renamed-${name!}`));
    expect(corpusProblem(sources, out)).toMatch(/is stale/);
  });
});

describe('npm run corpus --if-stale', () => {
  it('leaves a fresh corpus alone, and rebuilds it once a source changed', () => {
    const { sources, out } = workspace();
    const folders = { documentsDir: sources, corpusDir: out };
    const log: string[] = [];
    const corpusFile = join(out, 'corpus.json');
    expect(runCorpusCommand(['--if-stale'], folders, (line) => log.push(line))).toBe(0);
    expect(log).toEqual([expect.stringMatching(/^corpus: 1 document\(s\), 5 sections/)]);
    const built = { bytes: readFileSync(corpusFile, 'utf8'), modified: statSync(corpusFile).mtimeMs };

    expect(runCorpusCommand(['--if-stale'], folders, (line) => log.push(line))).toBe(0);
    expect(log).toHaveLength(1);
    expect(readFileSync(corpusFile, 'utf8')).toBe(built.bytes);
    expect(statSync(corpusFile).mtimeMs).toBe(built.modified);

    const [name] = readdirSync(sources).filter((file) => file.endsWith('.md'));
    appendFileSync(join(sources, name!), '\nA paragraph added after the build.\n');
    expect(runCorpusCommand(['--if-stale'], folders, (line) => log.push(line))).toBe(0);
    expect(log).toHaveLength(2);
    expect(JSON.parse(readFileSync(corpusFile, 'utf8')).stamp.sourceHash).not.toBe(
      JSON.parse(built.bytes).stamp.sourceHash,
    );
    expect(corpusProblem(sources, out)).toBeNull();
  });

  it('rebuilds a fresh corpus when not asked to skip it, and fails with the reason on a bad source', () => {
    const { sources, out } = workspace();
    const folders = { documentsDir: sources, corpusDir: out };
    const log: string[] = [];
    runCorpusCommand([], folders, (line) => log.push(line));
    expect(runCorpusCommand([], folders, (line) => log.push(line))).toBe(0);
    expect(log).toHaveLength(2);
    writeFileSync(
      join(sources, 'copy.md'),
      SECOND.replace('title:', 'id: belarus-un-human-rights-cooperation\ntitle:'),
    );
    expect(runCorpusCommand(['--if-stale'], folders, (line) => log.push(line))).toBe(1);
    expect(log.at(-1)).toMatch(/^corpus build failed: Two source documents share the id/);
  });
});
