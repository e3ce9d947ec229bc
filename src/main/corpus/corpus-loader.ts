/**
 * Loads the generated corpus from a folder and checks it against its stamp (tamper evidence). The
 * folder holds `corpus.json`, the catalog (the stamp and each document's metadata, section count and
 * content hash), and `documents/<id>.json`, one file per document, read the first time the document
 * is needed: opening the reader costs the same whatever the size of the library.
 * - unusable catalog or document file (missing, unreadable, too large, not JSON, wrong schema,
 *   wrong shape): CorpusLoadError naming the file, which main turns into an error page (at start)
 *   or an error answer (a document first read later);
 * - catalog whose hash does not match its stamp (or the hash main was built with), or a document
 *   whose file does not match the catalog's hash for it: loaded, with a tamper warning (a document's
 *   check runs when it is first read). Its index is search's business
 *   (src/main/search/index-loader.ts), checked against the index hash this returns.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentIntegrity } from '../../shared/contract';
import {
  CORPUS_SCHEMA_VERSION,
  type CatalogEntry,
  type CorpusCatalog,
  type CorpusDocument,
  type CorpusFile,
  type Section,
} from '../../shared/corpus-types';
import { shortFingerprint } from '../../shared/fingerprint';
import { hashCatalog, hashDocument } from './content-hash';

/** File name of the generated corpus's catalog inside the corpus folder. */
export const CORPUS_FILE_NAME = 'corpus.json';
/** Folder of the document files inside the corpus folder (one `<documentId>.json` per document). */
export const DOCUMENTS_DIR_NAME = 'documents';

/** Where the file of a document is, in a corpus folder. */
export function documentPath(corpusDir: string, documentId: string): string {
  return join(corpusDir, DOCUMENTS_DIR_NAME, `${documentId}.json`);
}
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
  /** The stamp and every document; a document's `sections` are read (and checked) on first access. */
  corpus: CorpusFile;
  /**
   * The tamper check: the catalog hashed again and compared with the stamp, then each document as
   * it is read compared with the catalog (this object is updated in place when one does not match).
   */
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
const documentFields = {
  id: z.string().min(1),
  title: z.string(),
  descriptiveTitle: z.string().optional(),
  issuer: z.string(),
  language: z.string(),
  work: z.string().optional(),
  provenance: z.string(),
  sourceFile: z.string().optional(),
};
const entrySchema = z.object({
  ...documentFields,
  sectionCount: z.number().int().positive(),
  contentHash: z.string(),
});
const documentSchema = z.object({ ...documentFields, sections: z.array(sectionSchema).min(1) });
const catalogSchema = z.object({ stamp: stampSchema, documents: z.array(entrySchema).min(1) });
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
  /** Told each tamper warning found after loading (a document whose file does not match the catalog). */
  warn?: (warning: string) => void;
}

/**
 * Reads the catalog `corpus.json` from `folder` and checks its content hash; each document's file is
 * read and checked on first access to its `sections`. Throws only CorpusLoadError (also from that access).
 */
export function readCheckedCorpus(folder: string, options: LoadCorpusOptions = {}): CheckedCorpus {
  const corpusPath = join(folder, CORPUS_FILE_NAME);
  const catalog = readCatalogFile(corpusPath);
  const catalogHash = hashCatalog(catalog.documents);
  const expectedHash = options.expected?.contentHash ?? catalog.stamp.contentHash;
  const integrity: ContentIntegrity = { verified: true, expectedHash, actualHash: catalogHash, warning: null };
  if (catalogHash !== catalog.stamp.contentHash) {
    integrity.warning =
      `The content does not match its stamp (expected ${shortFingerprint(catalog.stamp.contentHash)}, found ${shortFingerprint(catalogHash)}): ` +
      `${corpusPath} was changed after it was built. Treat quotations from it with care.`;
  } else if (catalogHash !== expectedHash) {
    integrity.warning =
      `The content is not the one this copy of the reader was built with (expected ${shortFingerprint(expectedHash)}, found ${shortFingerprint(catalogHash)}): ` +
      `${corpusPath} was replaced or re-stamped after the app was built. Treat quotations from it with care.`;
  }
  if (integrity.warning) integrity.verified = false;
  // The hashes of the documents as read: an altered document changes the library's fingerprint.
  const actualEntries = catalog.documents.map((entry) => ({ ...entry }));
  const documentAltered = (position: number, path: string, found: string): void => {
    actualEntries[position]!.contentHash = found;
    integrity.actualHash = hashCatalog(actualEntries);
    // Worded as an altered catalog is: the fingerprints are the library's (the one in the stamp, the one as read).
    const warning =
      `The content does not match its stamp (expected ${shortFingerprint(catalog.stamp.contentHash)}, found ${shortFingerprint(integrity.actualHash)}): ` +
      `${path} was changed after it was built. Treat quotations from it with care.`;
    integrity.verified = false;
    integrity.warning = integrity.warning ?? warning;
    options.warn?.(warning);
  };
  const documents = catalog.documents.map((entry, position) =>
    lazyDocument(entry, documentPath(folder, entry.id), (path, found) => documentAltered(position, path, found)),
  );
  return {
    corpus: { stamp: catalog.stamp, documents },
    integrity,
    expectedIndexHash: options.expected?.indexHash ?? catalog.stamp.indexHash,
  };
}

/**
 * A document with its catalog metadata whose `sections` are read from `path` on first access, then
 * kept. The catalog's section count rides along, not enumerable (so it is never serialized or hashed).
 */
function lazyDocument(
  entry: CatalogEntry,
  path: string,
  altered: (path: string, foundHash: string) => void,
): CorpusDocument {
  const { sectionCount, contentHash, ...metadata } = entry;
  const document = { ...metadata } as CorpusDocument;
  Object.defineProperty(document, 'sectionCount', { value: sectionCount, enumerable: false, writable: true });
  Object.defineProperty(document, 'sections', {
    enumerable: true,
    configurable: true,
    get(): Section[] {
      const read = readDocumentFile(path, entry.id);
      const found = hashDocument(read);
      if (found !== contentHash) altered(path, found);
      // The text as read is what the reader serves, its metadata included.
      const { sections, ...readMetadata } = read;
      Object.assign(document, readMetadata, { sectionCount: sections.length });
      Object.defineProperty(document, 'sections', { value: sections, enumerable: true, writable: false });
      return sections;
    },
  });
  return document;
}

/** "12.3 MB": a file size for a message. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function readCatalogFile(corpusPath: string): CorpusCatalog {
  const json = readJsonFile(corpusPath, 'The document collection');
  const stamp = z.object({ schema: z.number() }).safeParse((json as { stamp?: unknown } | null)?.stamp);
  if (stamp.success && stamp.data.schema !== CORPUS_SCHEMA_VERSION) {
    throw new CorpusLoadError(
      `The document collection has format version ${stamp.data.schema}; this version of the reader reads version ${CORPUS_SCHEMA_VERSION}.`,
      corpusPath,
    );
  }
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusLoadError(
      `The document collection is damaged (${issue.path.join('.') || 'top level'}: ${issue.message}).`,
      corpusPath,
    );
  }
  return parsed.data;
}

function readDocumentFile(path: string, documentId: string): CorpusDocument {
  const json = readJsonFile(path, `The document '${documentId}'`);
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusLoadError(
      `The document '${documentId}' is damaged (${issue.path.join('.') || 'top level'}: ${issue.message}).`,
      path,
    );
  }
  if (parsed.data.id !== documentId)
    throw new CorpusLoadError(`The file of the document '${documentId}' holds '${parsed.data.id}'.`, path);
  return parsed.data;
}

/** The parsed JSON of a corpus file (`what` names it in messages). */
function readJsonFile(corpusPath: string, what: string): unknown {
  let raw: string;
  try {
    const size = statSync(corpusPath).size;
    if (size > MAX_CORPUS_BYTES) {
      throw new CorpusLoadError(
        `${what} is too large to open (${megabytes(size)}; this reader opens at most ${megabytes(MAX_CORPUS_BYTES)}). ` +
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
    throw new CorpusLoadError(`${what} ${reason}. Rebuild it with "npm run build".`, corpusPath);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new CorpusLoadError(
      `${what} is damaged (it is not valid JSON). Rebuild it with "npm run build".`,
      corpusPath,
    );
  }
}
