import { createHash } from 'node:crypto';
import type { CorpusDocument } from '../../shared/corpus-types';
import { canonicalJson } from './canonical-json';

/**
 * sha256 (hex) of the canonical JSON (RFC 8785) of the documents: the same text gives the same hash
 * whatever the key order or spacing of the file. The build writes it into the stamp; main and the
 * command line recompute it from the documents they loaded, so an edited corpus is noticed.
 */
export function hashDocuments(documents: CorpusDocument[]): string {
  return createHash('sha256').update(canonicalJson(documents)).digest('hex');
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
