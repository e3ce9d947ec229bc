/**
 * Loads the generated corpus from a folder and checks it against its stamp (tamper evidence):
 * - unusable corpus (missing, unreadable, not JSON, wrong schema, wrong shape): CorpusLoadError,
 *   which main turns into an error page naming the file;
 * - corpus whose content hash does not match its stamp (or the hash main was built with): loaded,
 *   with a tamper warning. Its index is search's business (src/main/search/index-loader.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentIntegrity } from '../../shared/contract';
import { CORPUS_SCHEMA_VERSION, type CorpusFile } from '../../shared/corpus-types';
import { hashDocuments, shortHash } from './content-hash';

/** File name of the generated corpus inside the corpus folder. */
export const CORPUS_FILE_NAME = 'corpus.json';

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

/** A corpus as read, with its tamper check. */
export interface CheckedCorpus {
  corpus: CorpusFile;
  /** The tamper check: the documents hashed again and compared with the stamp. */
  integrity: ContentIntegrity;
}

/** The schema of a content stamp (shared by the corpus and the index files). */
export const stampSchema = z.object({
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
  numbered: z.boolean().optional(),
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
/** Options of `readCheckedCorpus`. */
export interface LoadCorpusOptions {
  /**
   * The content hash the app itself was built with (main embeds it at build time, inside the
   * integrity-checked app.asar). The corpus must match it as well as its own stamp, so a corpus
   * edited and re-stamped after the build is still noticed. Null or absent: the stamp alone.
   */
  expectedContentHash?: string | null;
}

/** Reads `corpus.json` from `folder` and checks its content hash. Throws only CorpusLoadError. */
export function readCheckedCorpus(folder: string, options: LoadCorpusOptions = {}): CheckedCorpus {
  const corpusPath = join(folder, CORPUS_FILE_NAME);
  const corpus = readCorpusFile(corpusPath);
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
  if (integrity.warning) integrity.verified = false;
  return { corpus, integrity };
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
