/**
 * Build-time corpus step: resources/documents/*.md → resources/corpus/corpus.json (the catalog: the
 * stamp and each document's metadata, section count and content hash), one file per document,
 * resources/corpus/documents/<documentId>.json, and one index shard per document, resources/corpus/index/<documentId>.json, each analysed as its document's
 * language. Also answers "is the generated corpus missing or older than its sources?" for the app build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lunr from 'lunr';
import {
  CORPUS_SCHEMA_VERSION,
  type ContentStamp,
  type CorpusCatalog,
  type CorpusDocument,
  type IndexStamp,
  type SearchShardFile,
} from '../src/shared/corpus-types';
import { writeAtomically } from '../src/main/files/atomic-write';
import { catalogEntry, hashBytes, hashCatalog, hashShardHashes, hashSources } from '../src/main/corpus/content-hash';
import { CORPUS_FILE_NAME, DOCUMENTS_DIR_NAME, documentPath } from '../src/main/corpus/corpus-loader';
import { INDEX_DIR_NAME, paragraphCount, shardPath } from '../src/main/search/index-loader';
import { buildSearchIndex } from '../src/main/search/search-index';
import { compactIndex, serializeShardIndex, SHARD_FORMAT_VERSION } from '../src/main/search/shard-format';
import { parseSourceDocument, SourceDocumentError } from '../src/main/corpus/source-document';
import { collectVocabulary } from '../src/main/search/vocabulary';
import { ANALYSIS_VERSION } from '../src/main/text/text-analysis';

/** Project root (this file lives in scripts/). */
export const PROJECT_ROOT = resolve(__dirname, '..');
/** Where the hand-edited source documents live. */
export const DOCUMENTS_DIR = join(PROJECT_ROOT, 'resources', 'documents');
/** Where the generated corpus and index are written. */
export const CORPUS_DIR = join(PROJECT_ROOT, 'resources', 'corpus');

interface SourceFile {
  name: string;
  content: string;
}

function readSources(documentsDir: string): SourceFile[] {
  if (!existsSync(documentsDir)) throw new SourceDocumentError(`No source folder at ${documentsDir}.`);
  const names = readdirSync(documentsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (names.length === 0) throw new SourceDocumentError(`No source documents (*.md) in ${documentsDir}.`);
  return names.map((name) => ({ name, content: readFileSync(join(documentsDir, name), 'utf8') }));
}

/** What a build produced, for the build log. */
export interface CorpusBuildSummary {
  stamp: ContentStamp;
  documents: number;
  sections: number;
  paragraphs: number;
}

/** Parses every source document and writes the stamped corpus and index shards (each file atomically). */
export function buildCorpus(documentsDir = DOCUMENTS_DIR, corpusDir = CORPUS_DIR): CorpusBuildSummary {
  const sources = readSources(documentsDir);
  const documents = sources.map((file) => parseSourceDocument(file.name, file.content));
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.id)) throw new SourceDocumentError(`Two source documents share the id '${document.id}'.`);
    seen.add(document.id);
  }
  const entries = documents.map(catalogEntry);
  const indexStamp: IndexStamp = {
    schema: CORPUS_SCHEMA_VERSION,
    lunrVersion: lunr.version,
    contentHash: hashCatalog(entries),
    sourceHash: hashSources(sources),
    builtAt: new Date().toISOString(),
  };
  // Everything is built before any file is written: a failed build leaves the previous corpus whole.
  const shards = documents.map((document) => {
    const bytes = Buffer.from(JSON.stringify(shardFile(document, indexStamp)));
    return { documentId: document.id, path: shardPath(corpusDir, document.id), bytes, hash: hashBytes(bytes) };
  });
  // The corpus stamp records every shard's bytes, and one hash over those records (the hash main is
  // built with): a shard edited behind an intact stamp is noticed.
  const shardHashes = Object.fromEntries(shards.map((shard) => [shard.documentId, shard.hash]));
  const stamp: ContentStamp = { ...indexStamp, shardHashes, indexHash: hashShardHashes(shardHashes) };
  const catalog: CorpusCatalog = { stamp, documents: entries };
  const files = [
    ...documents.map((document) => ({ path: documentPath(corpusDir, document.id), bytes: JSON.stringify(document) })),
    ...shards,
  ];
  const folders = [join(corpusDir, DOCUMENTS_DIR_NAME), join(corpusDir, INDEX_DIR_NAME)];
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const file of files) writeAtomically(file.path, file.bytes);
  // Files of documents no longer in the library go (main would never read them).
  const kept = new Set(files.map((file) => file.path));
  for (const folder of folders)
    for (const name of readdirSync(folder))
      if (!kept.has(join(folder, name))) rmSync(join(folder, name), { recursive: true, force: true });
  // The catalog last: until it is written, the previous catalog's hashes flag any document already replaced.
  writeAtomically(join(corpusDir, CORPUS_FILE_NAME), JSON.stringify(catalog));
  const sections = documents.flatMap((document) => document.sections);
  return {
    stamp,
    documents: documents.length,
    sections: sections.length,
    paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
  };
}

/** A document's index shard as the build writes it (its compact index and vocabulary), stamped. */
export function shardFile(document: CorpusDocument, stamp: IndexStamp): SearchShardFile {
  return {
    stamp,
    documentId: document.id,
    language: document.language,
    analysisVersion: ANALYSIS_VERSION,
    index: serializeShardIndex(compactIndex(buildSearchIndex(document), paragraphCount(document))),
    vocabulary: collectVocabulary(document),
  };
}

/** Returns null when the corpus is present and built from the current sources, else the problem. */
export function corpusProblem(documentsDir = DOCUMENTS_DIR, corpusDir = CORPUS_DIR): string | null {
  const corpusPath = join(corpusDir, CORPUS_FILE_NAME);
  if (!existsSync(corpusPath)) return `the corpus ${corpusPath} is missing`;
  let corpus: Partial<CorpusCatalog> | null;
  try {
    corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as Partial<CorpusCatalog> | null;
  } catch {
    return `the corpus ${corpusPath} is not valid JSON`;
  }
  const stamp = corpus?.stamp;
  if (stamp?.schema !== CORPUS_SCHEMA_VERSION) return `the corpus ${corpusPath} has an old format`;
  const unwritten = (corpus?.documents ?? []).find((document) => !existsSync(documentPath(corpusDir, document.id)));
  if (unwritten) return `the document file ${documentPath(corpusDir, unwritten.id)} is missing`;
  const unindexed = (corpus?.documents ?? []).find((document) => !existsSync(shardPath(corpusDir, document.id)));
  if (unindexed) return `the search index ${shardPath(corpusDir, unindexed.id)} is missing`;
  // Every shard is written by the same build: the first one tells the layout they were written in.
  const first = corpus?.documents?.[0];
  if (first && shardFormatOf(shardPath(corpusDir, first.id)) !== SHARD_FORMAT_VERSION)
    return `the search index ${shardPath(corpusDir, first.id)} has an old format`;
  if (stamp.sourceHash !== hashSources(readSources(documentsDir)))
    return `the corpus ${corpusPath} is stale: ${documentsDir} changed since it was built`;
  return null;
}

/** The shard format a shard file says it has (undefined when unreadable or of Lunr's own form). */
function shardFormatOf(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { index?: { format?: unknown } }).index?.format;
  } catch {
    return undefined;
  }
}
