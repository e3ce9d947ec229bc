/**
 * The index shards of a corpus, each loaded the first time a search needs its document: adding
 * documents to the library never slows the opening of the one being read. A shard that has to be
 * rebuilt says so through `warn` (the reader's status), whenever that happens.
 */
import type { CorpusDocument } from '../../shared/corpus-types';
import type { CheckedCorpus } from '../corpus/corpus-loader';
import { loadShard, type LoadedShard } from './index-loader';
import { SearchShard } from './search-shard';

/** Lazily loaded search shards, one per document of a checked corpus. */
export class IndexShards {
  private readonly shards = new Map<string, SearchShard>();

  constructor(
    private readonly folder: string,
    private readonly checked: CheckedCorpus,
    private readonly warn: (warning: string) => void,
  ) {}

  /** Loads a document's shard now (if it is not yet), and says how it went. */
  load(document: CorpusDocument): LoadedShard {
    const loaded = loadShard(this.folder, this.checked, document);
    if (loaded.warning) this.warn(loaded.warning);
    this.shards.set(document.id, new SearchShard(document, loaded.index, loaded.vocabulary));
    return loaded;
  }

  /** The shard of a document of the corpus, loaded on first use. */
  shard(document: CorpusDocument): SearchShard {
    const cached = this.shards.get(document.id);
    if (cached) return cached;
    this.load(document);
    return this.shards.get(document.id)!;
  }

  /** Ids of the documents whose shard is in memory, in the order they were loaded. */
  get loadedDocumentIds(): string[] {
    return [...this.shards.keys()];
  }
}
