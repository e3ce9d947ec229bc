/**
 * The REAL main-side stack for tests: services loaded from the generated corpus, the handler table
 * and the dispatcher, plus a trusted sender. Nothing here is mocked; only Electron's own objects
 * (the clipboard and the save dialog) are replaced at the edge by small fakes that record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher, type Dispatch, type SenderInfo } from '../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../src/main/ipc/reader-handlers';
import type { HandlerTable, ReaderServices } from '../../src/main/ipc/handler-types';
import { createUserHandlers, type ClipboardPort, type SaveDialogPort } from '../../src/main/ipc/user-handlers';
import { AppEventQueue } from '../../src/main/ipc/app-events';
import { loadReaderServices, type LibraryServices } from '../../src/main/library/load-library';
import type { ExportPorts } from '../../src/main/export/export-ports';
import { openUserData, type UserData } from '../../src/main/user-data/user-data';
import { createReaderApi } from '../../src/shared/reader-api';
import { API_METHODS, type ClipboardContent, type ReaderApi } from '../../src/shared/contract';
import { CORPUS_DIR, ROOT } from './paths';
import { tempDir } from './temp-folders';

/** The sender the tests' reader window is: top frame of WebContents 1 at the app origin. */
export const TRUSTED_SENDER: SenderInfo = { webContentsId: 1, frameUrl: 'app://reader/index.html', isTopFrame: true };

/** Stands in for Electron's clipboard: keeps what was written, newest last. */
export interface FakeClipboard extends ClipboardPort {
  writes: ClipboardContent[];
}

/** Stands in for Electron's save dialog: answers `answer` (a path, or null for Cancel) and records the suggested names. */
export interface FakeSaveDialog extends SaveDialogPort {
  answer: string | null;
  suggested: string[];
}

/** Services, handlers and a dispatcher that trusts `TRUSTED_SENDER` only (as main trusts its window). */
export interface TestReader {
  /** The services the handlers serve, with the in-process search service they answer from. */
  services: ReaderServices & LibraryServices;
  handlers: HandlerTable;
  dispatch: Dispatch;
  /** The renderer-side API built by the real preload factory over the real dispatcher. */
  api: ReaderApi;
  /** The reader's data folder (a fresh temporary folder unless one was given). */
  userDataDir: string;
  userData: UserData;
  events: AppEventQueue;
  clipboard: FakeClipboard;
  saveDialog: FakeSaveDialog;
}

/** The app's name and version as package.json states them (what Electron's `app` reports when packaged). */
export const APP_INFO = (() => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    productName: string;
    version: string;
  };
  return { name: manifest.productName, version: manifest.version };
})();

/** Options of a test reader: reuse `userDataDir` to "restart" over the same data. */
export interface TestReaderOptions {
  userDataDir?: string;
  now?: () => Date;
  /** Export ports (PDF renderer, save dialog, printer); without them export answers "unavailable". */
  exporter?: ExportPorts;
}

/** Loads the real reader stack from `corpusDir` (the generated corpus by default). */
export function openTestReader(corpusDir = CORPUS_DIR, options: TestReaderOptions = {}): TestReader {
  const services: ReaderServices & LibraryServices = {
    ...loadReaderServices(corpusDir),
    ...(options.exporter ? { exporter: options.exporter } : {}),
  };
  const userDataDir = options.userDataDir ?? tempDir('reader-user-data-');
  const events = new AppEventQueue();
  const userData = openUserData(userDataDir, events.tell, options.now);
  const clipboard: FakeClipboard = {
    writes: [],
    write: async (content) => {
      clipboard.writes.push(content);
    },
  };
  const saveDialog: FakeSaveDialog = {
    answer: null,
    suggested: [],
    chooseMarkdownFile: async (name) => {
      saveDialog.suggested.push(name);
      return saveDialog.answer;
    },
  };
  const user = createUserHandlers(services, {
    userData,
    events,
    clipboard,
    saveDialog,
    app: APP_INFO,
    ...(options.now ? { now: options.now } : {}),
  });
  const handlers = createReaderHandlers(services, user);
  const dispatch = createDispatcher(
    handlers,
    (sender) =>
      sender.isTopFrame &&
      sender.webContentsId === TRUSTED_SENDER.webContentsId &&
      sender.frameUrl.startsWith('app://reader/'),
  );
  const api = createReaderApi(API_METHODS, (channel, payload) => dispatch(TRUSTED_SENDER, channel, payload));
  return { services, handlers, dispatch, api, userDataDir, userData, events, clipboard, saveDialog };
}
