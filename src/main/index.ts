/**
 * Electron main process: the thin shell around the Electron-free services. Starts the search host
 * (a utilityProcess that loads the corpus and index and answers the corpus and search channels, so
 * main never waits on them), serves the renderer on app://reader, registers the IPC contract, and
 * creates the reader window with the security baseline at once, while the host loads. Unusable
 * corpus → the window shows an error page.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './electron/app-protocol';
import { handleAppProtocol, registerAppScheme } from './electron/app-protocol-handler';
import { installApplicationMenu } from './electron/application-menu';
import { electronClipboardPort } from './electron/clipboard-port';
import { createSaveDialog } from './electron/save-dialog';
import { placementOptions, restoredPlacement, trackWindowState } from './electron/window-state';
import { hardenAllWebContents, hardenNewSessions, hardenSession, isAppUrl } from './electron/harden';
import { registerIpc } from './electron/register-ipc';
import { createElectronExportPorts } from './electron/export-ports';
import { renderErrorPage } from './electron/error-page';
import { createDispatcher, trustOwnFrames } from './ipc/ipc-dispatcher';
import { createReaderHandlers } from './ipc/reader-handlers';
import { createUserHandlers } from './ipc/user-handlers';
import { AppEventQueue } from './ipc/app-events';
import { utilityHostSpawner } from './electron/utility-host-port';
import type { ReaderServices } from './ipc/handler-types';
import { corpusThrough } from './library/corpus-documents';
import { HostClient } from './search-host/host-client';
import { openUserData, type UserData } from './user-data/user-data';
import type { SecureWebPreferences } from './electron/window-options';

const trustedWindows = new Set<number>();
/** Menu commands and notices for the reader window (see ipc/app-events.ts). */
const events = new AppEventQueue();
let userData: UserData | null = null;
/** The page shown instead of the reader once the search host says the corpus is unusable. */
let errorPage: string | null = null;
/** The search host's client, stopped when the app quits. */
let library: HostClient | null = null;

/** Where the generated corpus is: beside the app when packaged, in the project otherwise. */
function corpusDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'corpus') : join(app.getAppPath(), 'resources', 'corpus');
}

function createReaderWindow(): BrowserWindow {
  const placement = userData ? restoredPlacement(userData.settings) : null;
  const window = new BrowserWindow({
    ...(placement ? placementOptions(placement) : { width: 1200, height: 860, minWidth: 640, minHeight: 480 }),
    show: false,
    title: app.getName(),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181a' : '#fbfaf7',
    // The security baseline, written out so that the scanner reads it (see window-options.ts).
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    } satisfies SecureWebPreferences,
  });
  if (placement && userData) trackWindowState(window, placement, userData.settings);
  const id = window.webContents.id;
  trustedWindows.add(id);
  window.on('closed', () => trustedWindows.delete(id));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  hardenSession();
  // The search host loads the corpus and index in its own process; main goes on at once.
  library = new HostClient(utilityHostSpawner(join(__dirname, 'search-host.js')), {
    corpusDir: corpusDir(),
    expected: BUILT_CORPUS_HASHES,
    onReady: (status) => {
      for (const warning of status.warnings) console.warn(`[reader] ${warning}`);
    },
    onLoadFailed: ({ message, filePath }) => {
      console.error(`[reader] ${message} (${filePath})`);
      errorPage = renderErrorPage(message, filePath);
      for (const window of BrowserWindow.getAllWindows()) window.webContents.reload();
    },
  }).start();
  // One save dialog for PDFs and bookmarks, attached to the reader window, remembering the last folder.
  const saveDialog = createSaveDialog(
    dialog,
    () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
    () => app.getPath('documents'),
  );
  // Exports, citations and bookmarks read the documents they name from the host, when first needed.
  const services: ReaderServices = {
    library,
    corpus: corpusThrough(library),
    exporter: createElectronExportPorts(saveDialog),
  };
  userData = openUserData(app.getPath('userData'), events.tell);
  nativeTheme.themeSource = userData.settings.get().theme;
  const user = createUserHandlers(services, {
    userData,
    events,
    clipboard: electronClipboardPort(),
    saveDialog,
    app: { name: app.getName(), version: app.getVersion() },
    onSettingsChanged: (settings) => {
      nativeTheme.themeSource = settings.theme;
    },
  });
  const dispatch = createDispatcher(
    createReaderHandlers(services, user),
    trustOwnFrames(() => trustedWindows, isAppUrl),
  );
  registerIpc(dispatch);
  handleAppProtocol(join(__dirname, '../renderer'), () => errorPage);
  installApplicationMenu(process.platform === 'darwin', app.getName(), (command) => events.command(command));
  createReaderWindow();
}

app.enableSandbox();
registerAppScheme();
hardenAllWebContents();
hardenNewSessions();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(start);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createReaderWindow();
  });
  // Bookmark changes still waiting for their background write are written before the app goes.
  app.on('before-quit', () => userData?.flush());
  app.on('will-quit', () => library?.stop());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
