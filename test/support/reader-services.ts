/**
 * The REAL main-side stack for tests: services loaded from the generated corpus, the handler table
 * and the dispatcher, plus a trusted sender. Nothing here is mocked.
 */
import { createDispatcher, type Dispatch, type SenderInfo } from '../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers, type HandlerTable, type ReaderServices } from '../../src/main/ipc/reader-handlers';
import { loadReaderServices } from '../../src/main/services/load-reader';
import type { ExportPorts } from '../../src/main/services/export/export-ports';
import { createReaderApi } from '../../src/shared/reader-api';
import type { ReaderApi } from '../../src/shared/contract';
import { CORPUS_DIR } from './paths';

/** The sender the tests' reader window is: top frame of WebContents 1 at the app origin. */
export const TRUSTED_SENDER: SenderInfo = { webContentsId: 1, frameUrl: 'app://reader/index.html', isTopFrame: true };

/** Services, handlers and a dispatcher that trusts `TRUSTED_SENDER` only (as main trusts its window). */
export interface TestReader {
  services: ReaderServices;
  handlers: HandlerTable;
  dispatch: Dispatch;
  /** The renderer-side API built by the real preload factory over the real dispatcher. */
  api: ReaderApi;
}

/** Loads the real reader stack from `corpusDir` (the generated corpus by default), with `exporter` ports if given. */
export function openTestReader(corpusDir = CORPUS_DIR, exporter?: ExportPorts): TestReader {
  const services: ReaderServices = { ...loadReaderServices(corpusDir), ...(exporter ? { exporter } : {}) };
  const handlers = createReaderHandlers(services);
  const dispatch = createDispatcher(
    handlers,
    (sender) => sender.isTopFrame && sender.webContentsId === TRUSTED_SENDER.webContentsId && sender.frameUrl.startsWith('app://reader/'),
  );
  const api = createReaderApi((channel, payload) => dispatch(TRUSTED_SENDER, channel, payload));
  return { services, handlers, dispatch, api };
}
