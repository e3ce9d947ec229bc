/**
 * Loads a corpus folder into what the reader serves: the checked corpus (the catalog and the first
 * document at once, the others when first needed), its index shards (likewise), the store and the search
 * service over them, and the status the reader is told. Shared by main, the command-line
 * companion, tests and the benchmark.
 */
import type { ContentIntegrity } from '../../shared/contract';
import type { CorpusFile } from '../../shared/corpus-types';
import { readCheckedCorpus, type LoadCorpusOptions } from '../corpus/corpus-loader';
import { CorpusStore } from '../corpus/corpus-store';
import type { LoadedShard } from '../search/index-loader';
import { IndexShards } from '../search/index-shards';
import { SearchService } from '../search/search-service';
import { corpusAtHand, type CorpusDocuments } from './corpus-documents';
import { inProcessLibrary, type CorpusLibrary, type LibraryServices } from './corpus-library';

/** A corpus with its index shards, and what the reader should be told. */
export interface LoadedCorpus {
  corpus: CorpusFile;
  /** Every document's index shard, loaded on first use. */
  shards: IndexShards;
  /** The shard of the first document (the one the reader opens first), loaded at once. */
  opening: LoadedShard;
  /** What the reader should know; a shard rebuilt later adds its warning here. */
  warnings: string[];
  /** True when the first document's index was rebuilt in memory instead of loaded. */
  indexRebuilt: boolean;
  /** The tamper check: the catalog against the stamp, each document (when read) against the catalog. */
  integrity: ContentIntegrity;
}

export type { LibraryServices } from './corpus-library';

/** The loaded library's services, and the library and corpus that answer the handlers in this process. */
export interface ReaderLibrary extends LibraryServices {
  library: CorpusLibrary;
  corpus: CorpusDocuments;
}

/**
 * Loads the catalog `corpus.json` from `folder`, the first document's file and its index shard;
 * every other document is read (and checked) when first needed. Throws only CorpusLoadError.
 */
export function loadCorpus(folder: string, options: LoadCorpusOptions = {}): LoadedCorpus {
  const warnings: string[] = [];
  const warn = (warning: string): void => void warnings.push(warning);
  const checked = readCheckedCorpus(folder, { ...options, warn });
  if (checked.integrity.warning !== null) warnings.push(checked.integrity.warning);
  const first = checked.corpus.documents[0]!;
  // The opening document is read now: a missing or altered one is known before the first answer.
  void first.sections;
  const shards = new IndexShards(folder, checked, warn);
  const opening = shards.load(first);
  return {
    corpus: checked.corpus,
    integrity: checked.integrity,
    shards,
    opening,
    indexRebuilt: opening.rebuilt,
    warnings,
  };
}

/**
 * Loads everything the reader serves from a corpus folder: the store, the search service and the
 * status (stamp + warnings). Throws CorpusLoadError when the corpus is unusable.
 */
export function loadReaderServices(corpusDir: string, options: LoadCorpusOptions = {}): ReaderLibrary {
  const loaded = loadCorpus(corpusDir, options);
  const store = new CorpusStore(loaded.corpus);
  const services: LibraryServices = {
    store,
    search: new SearchService(loaded.shards, store),
    status: { stamp: loaded.corpus.stamp, warnings: loaded.warnings, integrity: loaded.integrity },
  };
  return { ...services, library: inProcessLibrary(services), corpus: corpusAtHand(store, services.status) };
}
