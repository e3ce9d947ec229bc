import { createHash } from 'node:crypto';
import type { CatalogEntry, CorpusDocument } from '../../shared/corpus-types';
import { canonicalJson } from './canonical-json';

/**
 * sha256 (hex) of the canonical JSON (RFC 8785) of one document: the same text gives the same hash
 * whatever the key order or spacing of its file. The catalog records it; main checks a document's
 * file against it when it first reads that document.
 */
export function hashDocument(document: CorpusDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** A document's catalog entry: its metadata, section count and own content hash. */
export function catalogEntry(document: CorpusDocument): CatalogEntry {
  const { sections, ...metadata } = document;
  return { ...metadata, sectionCount: sections.length, contentHash: hashDocument(document) };
}

/**
 * The library's content hash: sha256 (hex) of the canonical JSON of the catalog entries. Each entry
 * carries its document's hash, so this one hash binds every document's text (and the metadata
 * listed before a document is read) without reading the documents.
 */
export function hashCatalog(entries: readonly CatalogEntry[]): string {
  return createHash('sha256').update(canonicalJson(entries)).digest('hex');
}

/** The library's content hash computed from whole documents (the same as `hashCatalog` of their entries). */
export function hashDocuments(documents: CorpusDocument[]): string {
  return hashCatalog(documents.map(catalogEntry));
}

/** sha256 (hex) of some bytes (an index shard is hashed as written: it is generated, never edited). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** sha256 (hex) over named source files in name order: detects a corpus older than its sources. */
export function hashSources(files: { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(file.name).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex');
}

/**
 * sha256 (hex) of the canonical JSON of the shard hashes (document id → sha256 of its index
 * shard's bytes): one hash that covers every shard, recorded in the stamp and embedded in main.
 */
export function hashShardHashes(shardHashes: Readonly<Record<string, string>>): string {
  return createHash('sha256').update(canonicalJson(shardHashes)).digest('hex');
}
