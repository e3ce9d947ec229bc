/**
 * What runs inside the search host: loads the library with `loadReaderServices` on `load`, then
 * answers each request with the same answers the reader gets in-process (corpus-library.ts), and
 * main's requests for whole documents (for exports, citations and bookmarks). Requests
 * wait in a queue that is taken one at a time between incoming messages, so a search that a newer
 * search replaced before its turn is answered `superseded` without being run: a fast typist never
 * leaves a queue of stale searches behind. Knows nothing of how messages travel (see host-entry.ts).
 */
import { READER_CHANNELS } from '../../shared/contract/channels';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from '../corpus/corpus-store';
import { CorpusLoadError } from '../corpus/corpus-loader';
import { answerLibrary, libraryAnswers, wholeDocuments, type LibraryAnswers } from '../library/corpus-library';
import { loadReaderServices } from '../library/load-library';
import {
  parseToHost,
  SUPERSEDED_MESSAGE,
  WHOLE_DOCUMENTS,
  wholeDocumentsRequestSchema,
  type FromHost,
  type LoadMessage,
  type RequestMessage,
} from './host-protocol';

/** The host's side of the protocol: give it every message main sends. */
export interface SearchHost {
  receive(message: unknown): void;
}

/** Builds a host that answers through `send`; `log` receives what main should not see (stacks). */
export function createSearchHost(
  send: (message: FromHost) => void,
  log: (message: string) => void = console.error,
): SearchHost {
  let answers: LibraryAnswers | null = null;
  let store: CorpusStore | null = null;
  const queue: RequestMessage[] = [];
  let latestSearchId = -1;
  let draining = false;

  const load = ({ corpusDir, expected }: LoadMessage): void => {
    if (answers) return;
    try {
      const services = loadReaderServices(corpusDir, { expected });
      answers = libraryAnswers(services);
      store = services.store;
      send({ type: 'ready', status: services.status });
    } catch (error) {
      if (!(error instanceof CorpusLoadError)) throw error; // a crash: main sees the exit and restarts the host
      send({ type: 'load-failed', message: error.message, filePath: error.filePath });
    }
  };

  const answer = ({ id, kind, request }: RequestMessage): Result<unknown> => {
    if (!answers || !store) return fail('unavailable', 'The library is not loaded.');
    if (kind === 'search:query' && id !== latestSearchId) return fail('superseded', SUPERSEDED_MESSAGE);
    const parsed = (kind === WHOLE_DOCUMENTS ? wholeDocumentsRequestSchema : READER_CHANNELS[kind].request).safeParse(
      request,
    );
    if (!parsed.success) return fail('invalid-request', `Invalid request for ${kind}.`);
    try {
      if (kind === WHOLE_DOCUMENTS)
        return ok(wholeDocuments(store, (parsed.data as { documentIds: string[] }).documentIds));
      return answerLibrary(answers, kind, parsed.data as never);
    } catch (error) {
      // A document first read now whose file is missing or damaged: the answer names the file.
      if (error instanceof CorpusLoadError) return fail('unavailable', `${error.message} (${error.filePath})`);
      log(`search host: ${kind} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return fail('internal', 'Something went wrong inside the reader; the details were written to its log.');
    }
  };

  // One request per turn of the event loop: messages that arrived meanwhile are read first.
  const drainOne = (): void => {
    const next = queue.shift();
    if (next) send({ type: 'response', id: next.id, result: answer(next) });
    if (queue.length > 0) setImmediate(drainOne);
    else draining = false;
  };

  return {
    receive(message) {
      const parsed = parseToHost(message);
      if (!parsed) return log('search host: ignored a message that is not part of the protocol.');
      if (parsed.type === 'load') return load(parsed);
      if (parsed.kind === 'search:query') latestSearchId = Math.max(latestSearchId, parsed.id);
      queue.push(parsed);
      if (!draining) {
        draining = true;
        setImmediate(drainOne);
      }
    },
  };
}
