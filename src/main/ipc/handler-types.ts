/** The types every handler module shares: a handler per channel, and the services they serve. */
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { ExportPorts } from '../export/export-ports';
import type { LibraryServices } from '../library/load-library';

/** A channel's handler: validated request in, typed result out. */
export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => Result<ResponseOf<C>> | Promise<Result<ResponseOf<C>>>;

/** One handler per channel. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** What the handlers serve. */
export interface ReaderServices extends LibraryServices {
  /** How exports are rendered, saved and printed; without it the export channels answer `unavailable`. */
  exporter?: ExportPorts;
}
