/**
 * The handler table: one function per channel, from a validated request to a Result. Electron-free;
 * main registers it through ipc-dispatcher, tests and the command-line companion call it directly.
 */
import { fail, ok } from '../../shared/result';
import type { AppOnlyHandlerTable, EverywhereHandlerTable, HandlerTable, ReaderServices } from './handler-types';
import { createExportHandlers } from './export-handlers';
import { appOnlyChannelsUnavailable } from './user-handlers';

/**
 * Builds the handler table over loaded services, plus the handlers of the reader's own data:
 * `createUserHandlers(…)` in the app; by default (the command-line companion) they answer "unavailable".
 */
export function createReaderHandlers(
  { store, search, status, exporter }: ReaderServices,
  user: AppOnlyHandlerTable = appOnlyChannelsUnavailable(),
): HandlerTable {
  const everywhere: EverywhereHandlerTable = {
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
    ...createExportHandlers(store, status.integrity, exporter),
  };
  return { ...everywhere, ...user };
}
