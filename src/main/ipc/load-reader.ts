import type { ReaderServices } from './reader-handlers';
import { loadCorpus, type LoadCorpusOptions } from '../corpus/corpus-loader';
import { CorpusStore } from '../corpus/corpus-store';
import { SearchService } from '../search/search-service';

/**
 * Loads everything the reader serves from a corpus folder: the store, the search service and the
 * status (stamp + warnings). Shared by main, the command-line companion, tests and the benchmark.
 * Throws CorpusLoadError when the corpus is unusable.
 */
export function loadReaderServices(corpusDir: string, options: LoadCorpusOptions = {}): ReaderServices {
  const loaded = loadCorpus(corpusDir, options);
  const store = new CorpusStore(loaded.corpus);
  return {
    store,
    search: new SearchService(loaded.index, loaded.vocabulary, store),
    status: { stamp: loaded.corpus.stamp, warnings: loaded.warnings, integrity: loaded.integrity },
  };
}
