/**
 * Loads the prebuilt Lunr index and vocabulary that belong to a checked corpus, or rebuilds them in
 * memory from the corpus (with a warning) when the file is missing, too large, corrupt, stale, not
 * the bytes the build recorded (its SHA-256 is checked against the corpus stamp, and against the
 * hash main was built with), or when the corpus itself did not verify (an edited corpus may no
 * longer list its paragraphs as the index does: never pair them).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { z } from 'zod';
import { CORPUS_SCHEMA_VERSION, type ContentStamp } from '../../shared/corpus-types';
import { hashBytes } from '../corpus/content-hash';
import { shortFingerprint } from '../../shared/fingerprint';
import { indexStampSchema, megabytes, type CheckedCorpus } from '../corpus/corpus-loader';
import { buildSearchIndex } from './search-index';
import { collectVocabulary, Vocabulary } from './vocabulary';

/** File name of the serialized Lunr index inside the corpus folder. */
export const INDEX_FILE_NAME = 'search-index.json';
/**
 * Largest index file main reads (96 MiB): 1.5 times the 10,000-section benchmark library's index,
 * which takes about 5 s to load. A larger file is not read: the index is rebuilt from the corpus.
 */
export const MAX_INDEX_BYTES = 96 * 1024 * 1024;

/** A ready index and vocabulary, and the warning to show when they had to be rebuilt. */
export interface LoadedSearchIndex {
  index: lunr.Index;
  vocabulary: Vocabulary;
  /** True when the index was rebuilt in memory instead of loaded. */
  indexRebuilt: boolean;
  warning: string | null;
}

const vocabularySchema = z
  .object({ words: z.array(z.string()), stems: z.array(z.string()) })
  .refine((vocabulary) => vocabulary.words.length === vocabulary.stems.length, 'words and stems differ in length');
const indexFileSchema = z.object({
  stamp: indexStampSchema,
  index: z.record(z.string(), z.unknown()),
  vocabulary: vocabularySchema,
});

/** Loads `search-index.json` from `folder` for `checked`, or rebuilds it from the corpus. Never throws. */
export function loadSearchIndex(
  folder: string,
  { corpus, integrity, expectedIndexHash }: CheckedCorpus,
): LoadedSearchIndex {
  const indexPath = join(folder, INDEX_FILE_NAME);
  const loaded = integrity.verified
    ? readIndexFile(indexPath, corpus.stamp, expectedIndexHash)
    : 'the content changed after the index was built';
  if (typeof loaded !== 'string') return { ...loaded, indexRebuilt: false, warning: null };
  return {
    index: buildSearchIndex(corpus.documents),
    vocabulary: new Vocabulary(collectVocabulary(corpus.documents)),
    indexRebuilt: true,
    warning: `The search index was rebuilt in memory because ${loaded} (${indexPath}).`,
  };
}

/** Returns the loaded index and vocabulary, or a phrase saying why they cannot be used. */
function readIndexFile(
  indexPath: string,
  corpusStamp: ContentStamp,
  expectedHash: string,
): { index: lunr.Index; vocabulary: Vocabulary } | string {
  let bytes: Buffer;
  try {
    const size = statSync(indexPath).size;
    if (size > MAX_INDEX_BYTES)
      return `the index file is too large to load (${megabytes(size)}; at most ${megabytes(MAX_INDEX_BYTES)})`;
    bytes = readFileSync(indexPath);
  } catch {
    return 'the index file is missing or unreadable';
  }
  let parsed;
  try {
    parsed = indexFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
  } catch {
    return 'the index file is not valid JSON';
  }
  if (!parsed.success) return 'the index file has an unexpected shape';
  const { stamp, index, vocabulary } = parsed.data;
  if (stamp.schema !== CORPUS_SCHEMA_VERSION) return `the index has format version ${stamp.schema}`;
  if (stamp.lunrVersion !== lunr.version)
    return `the index was built with Lunr ${stamp.lunrVersion}, not ${lunr.version}`;
  if (stamp.contentHash !== corpusStamp.contentHash) return 'the index was built from different content';
  const actualHash = hashBytes(bytes);
  if (actualHash !== expectedHash)
    return `the index file was changed after it was built (its fingerprint is ${shortFingerprint(actualHash)}, the build recorded ${shortFingerprint(expectedHash)})`;
  try {
    return { index: lunr.Index.load(index), vocabulary: new Vocabulary(vocabulary) };
  } catch (error) {
    return `the index could not be loaded (${(error as Error).message})`;
  }
}
