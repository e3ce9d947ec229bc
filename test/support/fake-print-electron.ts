/**
 * Small fakes of the few Electron objects the print window touches (BrowserWindow, its webContents,
 * a session). Only Electron's own objects are ever faked; everything of ours runs for real.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PrintElectron, PrintSession, PrintWindow } from '../../src/main/electron/print-window';

/** How the fake webContents answers. */
export interface FakeBehaviour {
  loadFails?: Error;
  pdf?: Buffer | Error;
  /** The arguments Electron passes to `print`'s callback. */
  printOutcome?: [success: boolean, failureReason: string];
}

/** A recorded window. */
export interface FakeWindow extends PrintWindow {
  options: BrowserWindowConstructorOptions;
  loadedUrls: string[];
  pdfOptions: PrintToPDFOptions[];
  printOptions: WebContentsPrintOptions[];
  destroyed: boolean;
}

/** A fake session: records the handlers the print window installs. */
export interface FakeSession extends PrintSession {
  partition: string;
  permissionRequest?: Parameters<PrintSession['setPermissionRequestHandler']>[0];
  permissionCheck?: Parameters<PrintSession['setPermissionCheckHandler']>[0];
  beforeRequest?: Parameters<PrintSession['webRequest']['onBeforeRequest']>[0];
  /** What the spellchecker was last set to (undefined: never set, i.e. Electron's default, on). */
  spellCheckerEnabled?: boolean;
  spellCheckerLanguages?: string[];
}

/** `{ BrowserWindow, session }` fakes, plus what they saw. */
export interface FakePrintElectron extends PrintElectron {
  windows: FakeWindow[];
  sessions: Map<string, FakeSession>;
  behaviour: FakeBehaviour;
}

/** Builds the fakes; change `behaviour` to make the next calls fail. */
export function fakePrintElectron(behaviour: FakeBehaviour = {}): FakePrintElectron {
  const windows: FakeWindow[] = [];
  const sessions = new Map<string, FakeSession>();
  const fake: FakePrintElectron = {
    windows,
    sessions,
    behaviour,
    BrowserWindow: class {
      constructor(options: BrowserWindowConstructorOptions) {
        const window: FakeWindow = {
          options,
          loadedUrls: [],
          pdfOptions: [],
          printOptions: [],
          destroyed: false,
          destroy: () => {
            window.destroyed = true;
          },
          webContents: {
            loadURL: async (url: string) => {
              window.loadedUrls.push(url);
              if (fake.behaviour.loadFails) throw fake.behaviour.loadFails;
            },
            printToPDF: async (options: PrintToPDFOptions) => {
              window.pdfOptions.push(options);
              const pdf = fake.behaviour.pdf ?? Buffer.from('%PDF-fake');
              if (pdf instanceof Error) throw pdf;
              return pdf;
            },
            print: (
              options?: WebContentsPrintOptions,
              callback?: (success: boolean, failureReason: string) => void,
            ) => {
              window.printOptions.push(options ?? {});
              const [success, reason] = fake.behaviour.printOutcome ?? [true, ''];
              setTimeout(() => callback?.(success, reason), 0);
            },
          },
        };
        windows.push(window);
        return window;
      }
    } as unknown as PrintElectron['BrowserWindow'],
    session: {
      fromPartition(partition: string) {
        let session = sessions.get(partition);
        if (!session) {
          const created: FakeSession = {
            partition,
            setPermissionRequestHandler: (handler) => (created.permissionRequest = handler),
            setPermissionCheckHandler: (handler) => (created.permissionCheck = handler),
            setSpellCheckerEnabled: (enabled) => (created.spellCheckerEnabled = enabled),
            setSpellCheckerLanguages: (languages) => (created.spellCheckerLanguages = languages),
            webRequest: { onBeforeRequest: (listener) => (created.beforeRequest = listener) },
          };
          session = created;
          sessions.set(partition, session);
        }
        return session;
      },
    },
  };
  return fake;
}

/** The HTML inside a `data:text/html;…;base64,` URL. */
export function htmlOfDataUrl(url: string): string {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
}
