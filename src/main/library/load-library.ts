/**
 * Loads a corpus folder into what the reader serves: the checked corpus, its search index, the
 * store and the search service over them, and the status the reader is told. Shared by main, the
 * command-line companion, tests and the benchmark.
 */
import type lunr from 'lunr';
import type { AppStatus, ContentIntegrity } from '../../shared/contract';
import type { CorpusFile } from '../../shared/corpus-types';
import { readCheckedCorpus, type LoadCorpusOptions } from '../corpus/corpus-loader';
import { CorpusStore } from '../corpus/corpus-store';
import { loadSearchIndex } from '../search/index-loader';
import { SearchService } from '../search/search-service';
import type { Vocabulary } from '../search/vocabulary';

/** A corpus with a ready index, and what the reader should be told. */
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

/** The loaded library's services. */
export interface LibraryServices {
  store: CorpusStore;
  search: SearchService;
  status: AppStatus;
}

/** Loads `corpus.json` and its index from `folder`. Throws only CorpusLoadError. */
export function loadCorpus(folder: string, options: LoadCorpusOptions = {}): LoadedCorpus {
  const checked = readCheckedCorpus(folder, options);
  const loaded = loadSearchIndex(folder, checked);
  const warnings = [checked.integrity.warning, loaded.warning].filter((warning): warning is string => warning !== null);
  return {
    corpus: checked.corpus,
    integrity: checked.integrity,
    index: loaded.index,
    vocabulary: loaded.vocabulary,
    indexRebuilt: loaded.indexRebuilt,
    warnings,
  };
}

/**
 * Loads everything the reader serves from a corpus folder: the store, the search service and the
 * status (stamp + warnings). Throws CorpusLoadError when the corpus is unusable.
 */
export function loadReaderServices(corpusDir: string, options: LoadCorpusOptions = {}): LibraryServices {
  const loaded = loadCorpus(corpusDir, options);
  const store = new CorpusStore(loaded.corpus);
  return {
    store,
    search: new SearchService(loaded.index, loaded.vocabulary, store),
    status: { stamp: loaded.corpus.stamp, warnings: loaded.warnings, integrity: loaded.integrity },
  };
}
