import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltHashes } from '../src/main/corpus/corpus-loader';
import type { CorpusFile } from '../src/shared/corpus-types';
import { CORPUS_DIR } from './corpus-files';

/**
 * The content and index hashes of the generated corpus, for the app build to embed in main (or
 * null when there is no readable corpus yet: the build then stops on the fresh-corpus check).
 */
export function builtCorpusHashes(corpusDir = CORPUS_DIR): BuiltHashes | null {
  try {
    const { stamp } = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as CorpusFile;
    return typeof stamp.contentHash === 'string' && typeof stamp.indexHash === 'string'
      ? { contentHash: stamp.contentHash, indexHash: stamp.indexHash }
      : null;
  } catch {
    return null;
  }
}
