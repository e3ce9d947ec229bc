/**
 * Loads the generated corpus from a folder and checks it against its stamp (tamper evidence):
 * - unusable corpus (missing, unreadable, too large, not JSON, wrong schema, wrong shape):
 *   CorpusLoadError, which main turns into an error page naming the file;
 * - corpus whose content hash does not match its stamp (or the hash main was built with): loaded,
 *   with a tamper warning. Its index is search's business (src/main/search/index-loader.ts), checked
 *   against the index hash this returns.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentIntegrity } from '../../shared/contract';
import { CORPUS_SCHEMA_VERSION, type CorpusFile } from '../../shared/corpus-types';
import { shortFingerprint } from '../../shared/fingerprint';
import { hashDocuments } from './content-hash';

/** File name of the generated corpus inside the corpus folder. */
export const CORPUS_FILE_NAME = 'corpus.json';
/**
 * Largest corpus file main reads (48 MiB): about 2.5 times the 10,000-section benchmark library.
 * Parsing and hashing are proportional to the size; a larger file is refused before it is read.
 */
export const MAX_CORPUS_BYTES = 48 * 1024 * 1024;

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
  /** The hash the stamp's shard hashes must have: the one main was built with, else the corpus stamp's. */
  expectedIndexHash: string;
}

/** The schema of the stamp inside an index shard. */
export const indexStampSchema = z.object({
  schema: z.number(),
  lunrVersion: z.string(),
  contentHash: z.string(),
  sourceHash: z.string(),
  builtAt: z.string(),
});
/** The schema of the corpus stamp: the index stamp plus each shard's hash and the hash over them. */
const stampSchema = indexStampSchema.extend({ shardHashes: z.record(z.string(), z.string()), indexHash: z.string() });
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
  descriptiveTitle: z.string().optional(),
  issuer: z.string(),
  language: z.string(),
  work: z.string().optional(),
  provenance: z.string(),
  sourceFile: z.string().optional(),
  sections: z.array(sectionSchema).min(1),
});
const corpusSchema = z.object({ stamp: stampSchema, documents: z.array(documentSchema).min(1) });
/** The hashes of the corpus and index a build of the app was made with. */
export interface BuiltHashes {
  contentHash: string;
  indexHash: string;
}

/** Options of `readCheckedCorpus`. */
export interface LoadCorpusOptions {
  /**
   * The hashes the app itself was built with (main embeds them at build time, inside app.asar).
   * The corpus and index must match them as well as their own stamp, so files edited and
   * re-stamped after the build are still noticed. Null or absent: the stamps alone.
   */
  expected?: BuiltHashes | null;
}

/** Reads `corpus.json` from `folder` and checks its content hash. Throws only CorpusLoadError. */
export function readCheckedCorpus(folder: string, options: LoadCorpusOptions = {}): CheckedCorpus {
  const corpusPath = join(folder, CORPUS_FILE_NAME);
  const corpus = readCorpusFile(corpusPath);
  const actualHash = hashDocuments(corpus.documents);
  const expectedHash = options.expected?.contentHash ?? corpus.stamp.contentHash;
  const integrity: ContentIntegrity = { verified: true, expectedHash, actualHash, warning: null };
  if (actualHash !== corpus.stamp.contentHash) {
    integrity.warning =
      `The content does not match its stamp (expected ${shortFingerprint(corpus.stamp.contentHash)}, found ${shortFingerprint(actualHash)}): ` +
      `${corpusPath} was changed after it was built. Treat quotations from it with care.`;
  } else if (actualHash !== expectedHash) {
    integrity.warning =
      `The content is not the one this copy of the reader was built with (expected ${shortFingerprint(expectedHash)}, found ${shortFingerprint(actualHash)}): ` +
      `${corpusPath} was replaced or re-stamped after the app was built. Treat quotations from it with care.`;
  }
  if (integrity.warning) integrity.verified = false;
  return { corpus, integrity, expectedIndexHash: options.expected?.indexHash ?? corpus.stamp.indexHash };
}

/** "12.3 MB": a file size for a message. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function readCorpusFile(corpusPath: string): CorpusFile {
  let raw: string;
  try {
    const size = statSync(corpusPath).size;
    if (size > MAX_CORPUS_BYTES) {
      throw new CorpusLoadError(
        `The document collection is too large to open (${megabytes(size)}; this reader opens at most ${megabytes(MAX_CORPUS_BYTES)}). ` +
          'Rebuild it from its sources with "npm run build".',
        corpusPath,
      );
    }
    raw = readFileSync(corpusPath, 'utf8');
  } catch (error) {
    if (error instanceof CorpusLoadError) throw error;
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
  const stamp = z.object({ schema: z.number() }).safeParse((json as { stamp?: unknown } | null)?.stamp);
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
