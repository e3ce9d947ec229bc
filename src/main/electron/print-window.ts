/**
 * The hidden window exports are rendered in: the security baseline of window-options.ts (sandboxed,
 * context isolation, no Node), JavaScript off, on its own in-memory session that denies every
 * permission, has no spellchecker and cancels every request but the print document itself, which is
 * loaded from a `data:` URL. Nothing is ever fetched from the network or the disk.
 *
 * Electron's objects come in as arguments (type-only imports), so the adapters are unit-tested with
 * small fakes of exactly these objects.
 */
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import type { SecureWebPreferences } from './window-options';

/** In-memory session partition of the print window (no `persist:` prefix: nothing is kept on disk). */
export const PRINT_PARTITION = 'reader-print';
/** Chromium refuses URLs longer than 2 MiB; data URLs beyond this are refused up front with a clear message. */
export const MAX_PRINT_URL_LENGTH = 2 * 1024 * 1024 - 1024;
/** How long loading the print document may take before the export gives up. */
const LOAD_TIMEOUT_MS = 30_000;

/** The part of a BrowserWindow the print adapters use. */
export interface PrintWindow {
  webContents: Pick<WebContents, 'loadURL' | 'printToPDF' | 'print'>;
  destroy(): void;
}

/** The part of a Session the print window's hardening uses. */
export interface PrintSession {
  setPermissionRequestHandler(
    handler: (webContents: WebContents, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** The Electron objects the print window needs: `{ BrowserWindow, session }` from 'electron'. */
export interface PrintElectron {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  session: { fromPartition(partition: string): PrintSession };
}

const hardened = new WeakSet<PrintSession>();

/** True for the only URLs the print session lets through: HTML documents in `data:` URLs. */
export function isPrintDocumentUrl(url: string): boolean {
  return url.startsWith('data:text/html;');
}

function printSession(electron: PrintElectron): void {
  const session = electron.session.fromPartition(PRINT_PARTITION);
  if (hardened.has(session)) return;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
  // Electron keeps one onBeforeRequest listener per session: this one replaces the app-wide rule that
  // harden.ts gives every new session (on 'session-created', emitted inside fromPartition) and is
  // narrower here: only the print document itself gets through.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintDocumentUrl(details.url) }));
  hardened.add(session);
}

/** Opens a hidden print window on `html`; the caller must `destroy()` it when done. */
export async function openPrintWindow(electron: PrintElectron, html: string): Promise<PrintWindow> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_PRINT_URL_LENGTH)
    throw new Error('the document is too large to print in one go; choose fewer sections');
  printSession(electron);
  const { BrowserWindow } = electron;
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    // The security baseline, written out so that the scanner reads it (see window-options.ts).
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      backgroundThrottling: false,
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
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      window.webContents.loadURL(url),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('the print document did not load in time')), LOAD_TIMEOUT_MS);
      }),
    ]);
    return window;
  } catch (error) {
    window.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
