/**
 * The handler table: one function per channel, from a validated request to a Result. Electron-free;
 * main registers it through ipc-dispatcher, tests and the command-line companion call it directly.
 */
import { LIBRARY_CHANNELS, type CorpusLibrary, type LibraryChannel } from '../library/corpus-library';
import type {
  AppOnlyHandlerTable,
  EverywhereHandlerTable,
  Handler,
  HandlerTable,
  ReaderServices,
} from './handler-types';
import { createExportHandlers } from './export-handlers';
import { appOnlyChannelsUnavailable } from './user-handlers';

/**
 * Builds the handler table over loaded services, plus the handlers of the reader's own data:
 * `createUserHandlers(…)` in the app; by default (the command-line companion) they answer "unavailable".
 */
export function createReaderHandlers(
  services: ReaderServices,
  user: AppOnlyHandlerTable = appOnlyChannelsUnavailable(),
): HandlerTable {
  const everywhere: EverywhereHandlerTable = {
    ...relayToLibrary(services.library),
    ...createExportHandlers(services.corpus, services.exporter),
  };
  return { ...everywhere, ...user };
}

/** The library's channels, each passed on to `library` as it came (main only relays them). */
function relayToLibrary(library: CorpusLibrary): { [C in LibraryChannel]: Handler<C> } {
  return Object.fromEntries(LIBRARY_CHANNELS.map((kind) => [kind, (request: never) => library.ask(kind, request)])) as {
    [C in LibraryChannel]: Handler<C>;
  };
}
