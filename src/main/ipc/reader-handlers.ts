/**
 * The handler table: one function per channel, from a validated request to a Result. Electron-free;
 * main registers it through ipc-dispatcher, tests and the command-line companion call it directly.
 */
import type { AppStatus, Channel, RequestOf, ResponseOf } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from '../corpus/corpus-store';
import type { SearchService } from '../search/search-service';
import type { ExportPorts } from '../export/export-ports';
import { createExportHandlers } from './export-handlers';
import { userFeaturesUnavailable, type UserHandlerTable } from './user-handlers';

/** A channel's handler: validated request in, typed result out. */
export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

/** One handler per channel. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** What the handlers serve. */
export interface ReaderServices {
  store: CorpusStore;
  search: SearchService;
  status: AppStatus;
  /** How exports are rendered, saved and printed; without it the export channels answer `unavailable`. */
  exporter?: ExportPorts;
}

/**
 * Builds the handler table over loaded services, plus the handlers of the reader's own data:
 * `createUserHandlers(…)` in the app; by default (the command-line companion) they answer "unavailable".
 */
export function createReaderHandlers(
  { store, search, status, exporter }: ReaderServices,
  user: UserHandlerTable = userFeaturesUnavailable(),
): HandlerTable {
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
    'search:query': ({ query, limit }) => search.search(query, limit),
    'app:status': () => ok(status),
    'search:highlights': ({ query, documentId, sectionId }) => search.highlightSection(query, documentId, sectionId),
    ...createExportHandlers(store, status.stamp, exporter),
    ...user,
  };
}
