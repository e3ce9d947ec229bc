/**
 * Loads the prebuilt index shard of one document (`index/<documentId>.json` in the corpus folder:
 * its compact index (shard-format.ts) and vocabulary, built with the document's language
 * analysis), or rebuilds it in memory from the corpus (with a warning) when the file is missing,
 * too large, corrupt, stale, of another shard format, made with other analysis rules, not the bytes
 * the build recorded (its SHA-256 is checked against the
 * corpus stamp's hash for that shard, and the stamp's shard hashes against the hash main was built
 * with), or when the corpus itself did not verify (an edited corpus may no longer list its
 * paragraphs as the index does: never pair them).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import {
  CORPUS_SCHEMA_VERSION,
  type CorpusDocument,
  type IndexStamp,
  type SearchShardFile,
} from '../../shared/corpus-types';
import { shortFingerprint } from '../../shared/fingerprint';
import { hashBytes, hashShardHashes } from '../corpus/content-hash';
import { megabytes, type CheckedCorpus } from '../corpus/corpus-loader';
import { ANALYSIS_VERSION } from '../text/text-analysis';
import { buildSearchIndex } from './search-index';
import { compactIndex, isStringArray, parseShardIndex } from './shard-format';
import type { ShardIndex } from './shard-index';
import { collectVocabulary, Vocabulary } from './vocabulary';

/** Folder of the index shards inside the corpus folder (one `<documentId>.json` per document). */
export const INDEX_DIR_NAME = 'index';
/**
 * Largest index shard main reads (96 MiB): 1.5 times the 10,000-section benchmark library's index,
 * which takes about 5 s to load. A larger file is not read: the shard is rebuilt from the corpus.
 */
export const MAX_INDEX_BYTES = 96 * 1024 * 1024;

/** Where the shard of a document is, in a corpus folder. */
export function shardPath(corpusDir: string, documentId: string): string {
  return join(corpusDir, INDEX_DIR_NAME, `${documentId}.json`);
}

/** A document's ready index and vocabulary, and the warning to show when they had to be rebuilt. */
export interface LoadedShard {
  document: CorpusDocument;
  index: ShardIndex;
  vocabulary: Vocabulary;
  /** True when the index was rebuilt in memory instead of loaded. */
  rebuilt: boolean;
  warning: string | null;
}

/** Loads the shard of `document` from `folder` for `checked`, or rebuilds it from the corpus. Never throws. */
export function loadShard(folder: string, checked: CheckedCorpus, document: CorpusDocument): LoadedShard {
  const path = shardPath(folder, document.id);
  const loaded = checked.integrity.verified
    ? readShardFile(path, checked, document)
    : 'the content changed after the index was built';
  if (typeof loaded !== 'string') return { document, ...loaded, rebuilt: false, warning: null };
  return {
    document,
    index: compactIndex(buildSearchIndex(document), paragraphCount(document)),
    vocabulary: new Vocabulary(collectVocabulary(document)),
    rebuilt: true,
    warning: `The search index was rebuilt in memory because ${loaded} (${path}).`,
  };
}

/** Returns the loaded index and vocabulary, or a phrase saying why they cannot be used. */
function readShardFile(
  path: string,
  { corpus, expectedIndexHash }: CheckedCorpus,
  document: CorpusDocument,
): { index: ShardIndex; vocabulary: Vocabulary } | string {
  const recordedHashes = hashShardHashes(corpus.stamp.shardHashes);
  if (recordedHashes !== expectedIndexHash)
    return `the index files were changed after the build: the corpus stamp's index hashes (fingerprint ${shortFingerprint(recordedHashes)}) are not those this copy of the reader was built with (${shortFingerprint(expectedIndexHash)})`;
  const expectedHash = corpus.stamp.shardHashes[document.id];
  if (expectedHash === undefined) return 'the build recorded no index for this document';
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_INDEX_BYTES)
      return `the index file is too large to load (${megabytes(size)}; at most ${megabytes(MAX_INDEX_BYTES)})`;
    bytes = readFileSync(path);
  } catch {
    return 'the index file is missing or unreadable';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'the index file is not valid JSON';
  }
  const file = readShardFields(parsed);
  if (typeof file === 'string') return file;
  const { stamp, documentId, language, analysisVersion } = file;
  if (stamp.schema !== CORPUS_SCHEMA_VERSION) return `the index has format version ${stamp.schema}`;
  if (stamp.lunrVersion !== lunr.version)
    return `the index was built with Lunr ${stamp.lunrVersion}, not ${lunr.version}`;
  if (stamp.contentHash !== corpus.stamp.contentHash) return 'the index was built from different content';
  if (documentId !== document.id || language !== document.language)
    return `the index is that of another document (${documentId}, ${language})`;
  if (analysisVersion !== ANALYSIS_VERSION)
    return `the index was made with text-analysis rules ${analysisVersion}, not ${ANALYSIS_VERSION}`;
  const actualHash = hashBytes(bytes);
  if (actualHash !== expectedHash)
    return `the index file was changed after it was built (its fingerprint is ${shortFingerprint(actualHash)}, the build recorded ${shortFingerprint(expectedHash)})`;
  const index = parseShardIndex(file.index);
  if (typeof index === 'string') return `the index could not be loaded (${index})`;
  if (index.paragraphCount !== paragraphCount(document))
    return 'the index could not be loaded (it lists other paragraphs than the document)';
  return { index, vocabulary: new Vocabulary(file.vocabulary) };
}

/**
 * The members of a parsed shard file (its index still serialized), checked by hand (a schema library would walk every word of
 * the vocabulary much slower than JSON.parse made them), or why the file has an unexpected shape.
 */
export function readShardFields(parsed: unknown): (Omit<SearchShardFile, 'index'> & { index: unknown }) | string {
  const unexpected = 'the index file has an unexpected shape';
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unexpected;
  const file = parsed as Partial<Record<keyof SearchShardFile, unknown>>;
  const stamp = file.stamp as Partial<Record<keyof IndexStamp, unknown>> | null | undefined;
  const vocabulary = file.vocabulary as Partial<Record<'words' | 'stems', unknown>> | null | undefined;
  if (
    typeof stamp !== 'object' ||
    stamp === null ||
    typeof stamp.schema !== 'number' ||
    typeof stamp.lunrVersion !== 'string' ||
    typeof stamp.contentHash !== 'string' ||
    typeof stamp.sourceHash !== 'string' ||
    typeof stamp.builtAt !== 'string' ||
    typeof file.documentId !== 'string' ||
    typeof file.language !== 'string' ||
    typeof file.analysisVersion !== 'number' ||
    typeof file.index !== 'object' ||
    file.index === null ||
    typeof vocabulary !== 'object' ||
    vocabulary === null ||
    !isStringArray(vocabulary.words) ||
    !isStringArray(vocabulary.stems) ||
    vocabulary.words.length !== vocabulary.stems.length
  )
    return unexpected;
  return {
    stamp: {
      schema: stamp.schema,
      lunrVersion: stamp.lunrVersion,
      contentHash: stamp.contentHash,
      sourceHash: stamp.sourceHash,
      builtAt: stamp.builtAt,
    },
    documentId: file.documentId,
    language: file.language,
    analysisVersion: file.analysisVersion,
    index: file.index,
    vocabulary: { words: vocabulary.words, stems: vocabulary.stems },
  };
}

/** How many paragraphs the index of a document lists (see paragraph-ordinals.ts). */
export function paragraphCount(document: CorpusDocument): number {
  return document.sections.reduce((count, section) => count + section.paragraphs.length, 0);
}
