/** The types every handler module shares: a handler per channel, and the services they serve. */
import type { AppOnlyChannel, Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { Result } from '../../shared/result';
import type { ExportPorts } from '../export/export-ports';
import type { CorpusDocuments } from '../library/corpus-documents';
import type { CorpusLibrary } from '../library/corpus-library';

/** A channel's handler: validated request in, typed result out. */
export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

/** One handler per channel. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** One handler per channel that only the reader app serves (its own data, clipboard and dialogs). */
export type AppOnlyHandlerTable = { [C in AppOnlyChannel]: Handler<C> };

/** One handler per channel served everywhere (the app, the command line, tests). */
export type EverywhereHandlerTable = { [C in Exclude<Channel, AppOnlyChannel>]: Handler<C> };

/**
 * What the handlers serve. `library` answers the corpus and search channels (the search host in
 * the app); `corpus` gives the channels main answers itself (exports, citations, bookmarks) the
 * documents they name (in the app, asked of the search host when first needed).
 */
export interface ReaderServices {
  library: CorpusLibrary;
  corpus: CorpusDocuments;
  /** How exports are rendered, saved and printed; without it the export channels answer `unavailable`. */
  exporter?: ExportPorts;
}
