import { createHash } from 'node:crypto';
import type { CorpusDocument } from '../../shared/corpus-types';

/**
 * sha256 (hex) of the documents as they are serialised in corpus.json. The build writes it into the
 * stamp; main recomputes it at startup, so an edited corpus file is noticed (tamper evidence).
 */
export function hashDocuments(documents: CorpusDocument[]): string {
  return createHash('sha256').update(JSON.stringify(documents)).digest('hex');
}

/** sha256 (hex) over named source files in name order: detects a corpus older than its sources. */
export function hashSources(files: { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(file.name).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex');
}
