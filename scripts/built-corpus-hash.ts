import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from '../src/shared/corpus-types';
import { CORPUS_DIR } from './corpus-files';

/**
 * The content hash of the generated corpus, for the app build to embed in main (or null when there
 * is no readable corpus yet: the build then stops on the fresh-corpus check).
 */
export function builtCorpusHash(corpusDir = CORPUS_DIR): string | null {
  try {
    return (JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as CorpusFile).stamp.contentHash;
  } catch {
    return null;
  }
}
