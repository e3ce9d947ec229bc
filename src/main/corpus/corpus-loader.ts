/**
 * Loads the generated corpus and its prebuilt Lunr index from a folder, checking their stamps.
 * - unusable corpus (missing, unreadable, not JSON, wrong schema, wrong shape): CorpusLoadError,
 *   which main turns into an error page naming the file;
 * - corpus whose content hash does not match its stamp: loaded, with a tamper warning, and its
 *   index rebuilt (the prebuilt one may not describe the edited text);
 * - missing, corrupt or stale index: rebuilt in memory from the corpus, with a warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { z } from 'zod';
import type { ContentIntegrity } from '../../shared/contract';
import { CORPUS_SCHEMA_VERSION, type ContentStamp, type CorpusFile } from '../../shared/corpus-types';
import { hashDocuments, shortHash } from './content-hash';
import { buildSearchIndex } from '../search/search-index';
import { collectVocabulary, Vocabulary } from '../search/vocabulary';

/** File name of the generated corpus inside the corpus folder. */
export const CORPUS_FILE_NAME = 'corpus.json';
/** File name of the serialized Lunr index inside the corpus folder. */
export const INDEX_FILE_NAME = 'search-index.json';

/** The corpus cannot be used; `filePath` says which file, `message` what is wrong with it. */
export class CorpusLoadError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
  ) {
    super(message);
    this.name = 'CorpusLoadError';
  }
}

/** What main serves: the corpus, a ready index, and what the reader should be told. */
export interface LoadedCorpus {
  corpus: CorpusFile;
  index: lunr.Index;
  vocabulary: Vocabulary;
  warnings: string[];
  /** True when the index was rebuilt in memory instead of loaded. */
  indexRebuilt: boolean;
  /** The tamper check: the documents hashed again and compared with the stamp. */
  integrity: ContentIntegrity;
}

const stampSchema = z.object({
  schema: z.number(),
  lunrVersion: z.string(),
  contentHash: z.string(),
  sourceHash: z.string(),
  builtAt: z.string(),
});
const itemSchema = z.object({ id: z.string().min(1), number: z.number().int().positive(), text: z.string() });
const paragraphSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  text: z.string(),
  items: z.array(itemSchema),
});
const sectionSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string(),
  editorialTitle: z.boolean(),
  paragraphs: z.array(paragraphSchema),
});
const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  issuer: z.string(),
  language: z.string(),
  provenance: z.string(),
  sections: z.array(sectionSchema).min(1),
});
const corpusSchema = z.object({ stamp: stampSchema, documents: z.array(documentSchema).min(1) });
const vocabularySchema = z
  .object({ words: z.array(z.string()), stems: z.array(z.string()) })
  .refine((vocabulary) => vocabulary.words.length === vocabulary.stems.length, 'words and stems differ in length');
const indexFileSchema = z.object({
  stamp: stampSchema,
  index: z.record(z.string(), z.unknown()),
  vocabulary: vocabularySchema,
});

/** Options of `loadCorpus`. */
export interface LoadCorpusOptions {
  /**
   * The content hash the app itself was built with (main embeds it at build time, inside the
   * integrity-checked app.asar). The corpus must match it as well as its own stamp, so a corpus
   * edited and re-stamped after the build is still noticed. Null or absent: the stamp alone.
   */
  expectedContentHash?: string | null;
}

/** Loads `corpus.json` and `search-index.json` from `folder`. Throws only CorpusLoadError. */
export function loadCorpus(folder: string, options: LoadCorpusOptions = {}): LoadedCorpus {
  const corpusPath = join(folder, CORPUS_FILE_NAME);
  const corpus = readCorpusFile(corpusPath);
  const warnings: string[] = [];
  const actualHash = hashDocuments(corpus.documents);
  const expectedHash = options.expectedContentHash ?? corpus.stamp.contentHash;
  const integrity: ContentIntegrity = { verified: true, expectedHash, actualHash, warning: null };
  if (actualHash !== corpus.stamp.contentHash) {
    integrity.warning =
      `The content does not match its stamp (expected ${shortHash(corpus.stamp.contentHash)}, found ${shortHash(actualHash)}): ` +
      `${corpusPath} was changed after it was built. Treat quotations from it with care.`;
  } else if (actualHash !== expectedHash) {
    integrity.warning =
      `The content is not the one this copy of the reader was built with (expected ${shortHash(expectedHash)}, found ${shortHash(actualHash)}): ` +
      `${corpusPath} was replaced or re-stamped after the app was built. Treat quotations from it with care.`;
  }
  if (integrity.warning) {
    integrity.verified = false;
    warnings.push(integrity.warning);
  }
  const indexPath = join(folder, INDEX_FILE_NAME);
  // An edited corpus may no longer list its paragraphs as the index does: never pair them.
  const loaded = integrity.verified
    ? readIndexFile(indexPath, corpus.stamp)
    : 'the content changed after the index was built';
  if (typeof loaded !== 'string') return { corpus, ...loaded, warnings, indexRebuilt: false, integrity };
  warnings.push(`The search index was rebuilt in memory because ${loaded} (${indexPath}).`);
  return {
    corpus,
    index: buildSearchIndex(corpus.documents),
    vocabulary: new Vocabulary(collectVocabulary(corpus.documents)),
    warnings,
    indexRebuilt: true,
    integrity,
  };
}

function readCorpusFile(corpusPath: string): CorpusFile {
  let raw: string;
  try {
    raw = readFileSync(corpusPath, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'is missing'
        : `cannot be read (${(error as Error).message})`;
    throw new CorpusLoadError(`The document collection ${reason}. Rebuild it with "npm run build".`, corpusPath);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new CorpusLoadError(
      'The document collection is damaged (it is not valid JSON). Rebuild it with "npm run build".',
      corpusPath,
    );
  }
  const stamp = stampSchema.safeParse((json as { stamp?: unknown } | null)?.stamp);
  if (stamp.success && stamp.data.schema !== CORPUS_SCHEMA_VERSION) {
    throw new CorpusLoadError(
      `The document collection has format version ${stamp.data.schema}; this version of the reader reads version ${CORPUS_SCHEMA_VERSION}.`,
      corpusPath,
    );
  }
  const parsed = corpusSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusLoadError(
      `The document collection is damaged (${issue.path.join('.') || 'top level'}: ${issue.message}).`,
      corpusPath,
    );
  }
  return parsed.data;
}

/** Returns the loaded index and vocabulary, or a phrase saying why they cannot be used. */
function readIndexFile(
  indexPath: string,
  corpusStamp: ContentStamp,
): { index: lunr.Index; vocabulary: Vocabulary } | string {
  let raw: string;
  try {
    raw = readFileSync(indexPath, 'utf8');
  } catch {
    return 'the index file is missing or unreadable';
  }
  let parsed;
  try {
    parsed = indexFileSchema.safeParse(JSON.parse(raw));
  } catch {
    return 'the index file is not valid JSON';
  }
  if (!parsed.success) return 'the index file has an unexpected shape';
  const { stamp, index, vocabulary } = parsed.data;
  if (stamp.schema !== CORPUS_SCHEMA_VERSION) return `the index has format version ${stamp.schema}`;
  if (stamp.lunrVersion !== lunr.version)
    return `the index was built with Lunr ${stamp.lunrVersion}, not ${lunr.version}`;
  if (stamp.contentHash !== corpusStamp.contentHash) return 'the index was built from different content';
  try {
    return { index: lunr.Index.load(index), vocabulary: new Vocabulary(vocabulary) };
  } catch (error) {
    return `the index could not be loaded (${(error as Error).message})`;
  }
}
