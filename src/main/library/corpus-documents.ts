/**
 * The corpus as main's own channels read it (exports, citations, bookmarks, the reading position):
 * a store holding the documents a request names, and the status. In the app the documents come
 * from the search host, one document when first needed, then kept, so main never reads the whole
 * corpus; elsewhere the loaded store is at hand.
 */
import type { AppStatus, DocumentSummary } from '../../shared/contract';
import type { CorpusDocument } from '../../shared/corpus-types';
import { ok, type Result } from '../../shared/result';
import { CorpusStore } from '../corpus/corpus-store';
import type { CorpusLibrary } from './corpus-library';

/** A store with (at least) the documents asked for, and the status of the corpus. */
export interface CorpusReading {
  store: CorpusStore;
  status: AppStatus;
}

/** Reads the documents a request names; an unknown id is simply not in the store (callers say not-found). */
export interface CorpusDocuments {
  read(documentIds: readonly string[]): Promise<Result<CorpusReading>>;
}

/** The whole corpus, already loaded in this process. */
export function corpusAtHand(store: CorpusStore, status: AppStatus): CorpusDocuments {
  return { read: () => Promise.resolve(ok({ store, status })) };
}

/** A store over some of the corpus's documents that still lists every document, in corpus order. */
class PartialCorpusStore extends CorpusStore {
  constructor(
    private readonly summaries: DocumentSummary[],
    documents: CorpusDocument[],
    status: AppStatus,
  ) {
    super({ stamp: status.stamp, documents });
  }

  override listDocuments(): DocumentSummary[] {
    return this.summaries;
  }
}

/** Documents asked of `library` when first needed, then kept (they never change while the app runs). */
export function corpusThrough(library: CorpusLibrary): CorpusDocuments {
  const kept = new Map<string, CorpusDocument>();
  let summaries: DocumentSummary[] | null = null;
  return {
    async read(documentIds) {
      if (!summaries) {
        const listed = await library.ask('corpus:documents', undefined);
        if (!listed.ok) return listed;
        summaries = listed.value;
      }
      const known = new Set(summaries.map((summary) => summary.id));
      const missing = [...new Set(documentIds)].filter((id) => known.has(id) && !kept.has(id));
      if (missing.length > 0) {
        const fetched = await library.documents(missing);
        if (!fetched.ok) return fetched;
        for (const document of fetched.value) kept.set(document.id, document);
      }
      // The status is asked after the documents: a document's text is checked when first read, so
      // an altered one is in the status only once it has been fetched.
      const status = await library.ask('app:status', undefined);
      if (!status.ok) return status;
      const documents = summaries.flatMap((summary) => kept.get(summary.id) ?? []);
      return ok({ store: new PartialCorpusStore(summaries, documents, status.value), status: status.value });
    },
  };
}
