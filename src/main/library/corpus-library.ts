/**
 * The read-only channels a loaded library answers (documents, tables of contents, sections, search,
 * highlights, status), and `CorpusLibrary`, the one way the handlers ask them: in the app the search
 * host answers in its own process (src/main/search-host/), elsewhere `inProcessLibrary` answers in
 * the caller's. Requests pass through unchanged, so a field added to a channel's request reaches
 * the answer without touching the relay.
 */
import type { AppStatus } from '../../shared/contract';
import type { RequestOf, ResponseOf } from '../../shared/contract/channels';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusDocument } from '../../shared/corpus-types';
import type { CorpusStore } from '../corpus/corpus-store';
import type { SearchService } from '../search/search-service';

/** A loaded library's services. */
export interface LibraryServices {
  store: CorpusStore;
  search: SearchService;
  status: AppStatus;
}

/** The channels a library answers, wherever it runs. */
export const LIBRARY_CHANNELS = [
  'corpus:documents',
  'corpus:toc',
  'corpus:section',
  'search:query',
  'search:highlights',
  'app:status',
] as const;

/** One of the library's channels. */
export type LibraryChannel = (typeof LIBRARY_CHANNELS)[number];

/** Asks the library one of its channels; the answer is a Result, never a throw. */
export interface CorpusLibrary {
  ask<C extends LibraryChannel>(kind: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Whole documents, in corpus order (unknown ids are left out): what main's own channels read. */
  documents(documentIds: readonly string[]): Promise<Result<CorpusDocument[]>>;
}

/** The documents of `documentIds` that `store` has, in corpus order. */
export function wholeDocuments(store: CorpusStore, documentIds: readonly string[]): CorpusDocument[] {
  const wanted = new Set(documentIds);
  return store.file.documents.filter((document) => wanted.has(document.id));
}

/** One answering function per library channel. */
export type LibraryAnswers = { [C in LibraryChannel]: (request: RequestOf<C>) => Result<ResponseOf<C>> };

/** True when `kind` is one of the library's channels. */
export function isLibraryChannel(kind: unknown): kind is LibraryChannel {
  return (LIBRARY_CHANNELS as readonly unknown[]).includes(kind);
}

/** The answers of loaded services: what the search host runs, and what `inProcessLibrary` calls. */
export function libraryAnswers({ store, search, status }: LibraryServices): LibraryAnswers {
  return {
    'corpus:documents': () => ok(store.listDocuments()),
    'corpus:toc': ({ documentId }) => {
      const toc = store.getToc(documentId);
      return toc ? ok(toc) : fail('not-found', `There is no document '${documentId}'.`);
    },
    'corpus:section': ({ documentId, sectionId }) => {
      if (!store.getDocument(documentId)) return fail('not-found', `There is no document '${documentId}'.`);
      const view = store.getSection(documentId, sectionId);
      return view ? ok(view) : fail('not-found', `Document '${documentId}' has no section '${sectionId}'.`);
    },
    'search:query': ({ query, ...options }) => search.search(query, options),
    'app:status': () => ok(status),
    'search:highlights': ({ query, documentId, sectionId, scope }) =>
      search.highlightSection(query, documentId, sectionId, scope),
  };
}

/** Answers `kind` with `answers` (the one place the per-channel types meet an untyped kind). */
export function answerLibrary<C extends LibraryChannel>(
  answers: LibraryAnswers,
  kind: C,
  request: RequestOf<C>,
): Result<ResponseOf<C>> {
  const answer = answers[kind] as (request: RequestOf<C>) => Result<ResponseOf<C>>;
  return answer(request);
}

/** A library answered in the caller's own process: for the command line, tests and the benchmark. */
export function inProcessLibrary(services: LibraryServices): CorpusLibrary {
  const answers = libraryAnswers(services);
  return {
    ask: (kind, request) => Promise.resolve(answerLibrary(answers, kind, request)),
    documents: (documentIds) => Promise.resolve(ok(wholeDocuments(services.store, documentIds))),
  };
}
