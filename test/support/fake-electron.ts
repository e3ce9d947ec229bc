/**
 * A small fake of ONLY the Electron objects the main process touches (app, session + webRequest,
 * protocol, ipcMain, BrowserWindow + webContents, Menu, dialog, nativeTheme, screen, clipboard,
 * utilityProcess — whose children are real Node child processes running the same built entry),
 * recording what main does with them so tests can drive its events the way Electron would. Our own
 * code is never faked. Accessing an
 * Electron export this fake does not have throws a message saying where to add it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { tempDir } from './temp-folders';

/** Any listener main registers; called with the arguments Electron would pass. */
type Listener = (...args: unknown[]) => unknown;

/** Minimal EventEmitter: `on`, `once`, and `emit` for the test to play Electron. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: (...args: never[]) => unknown): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener]);
    return this;
  }

  once(event: string, listener: (...args: never[]) => unknown): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return (listener as Listener)(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  /** Calls every listener of `event`; returns how many there were. */
  emit(event: string, ...args: unknown[]): number {
    const listeners = this.listeners.get(event) ?? [];
    for (const listener of listeners) listener(...args);
    return listeners.length;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron event with `preventDefault`, as navigation and permission events get. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault: () => void;
}

/** Makes a cancellable event. */
export function fakeEvent(): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** A frame as `event.senderFrame` describes it. */
export interface FakeFrame {
  url: string;
}

/** What `setWindowOpenHandler` receives and answers. */
export type WindowOpenHandler = (details: {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}) => { action: string };

/** A webContents: events main listens to, its window-open handler, its main frame, what it loaded and printed. */
export class FakeWebContents extends FakeEmitter {
  readonly mainFrame: FakeFrame = { url: '' };
  windowOpenHandler: WindowOpenHandler | null = null;
  /** URLs loaded through `webContents.loadURL` (the print window loads its document this way). */
  readonly loadedUrls: string[] = [];
  /** Times main reloaded the page. */
  reloads = 0;

  constructor(readonly id: number) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.mainFrame.url = url;
    return Promise.resolve();
  }

  /** The system print dialog: the reader prints. */
  print(_options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    setTimeout(() => callback(true, ''), 0);
  }

  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-fake'));
  }

  reload(): void {
    this.reloads++;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a cancellable event (e.g. `will-navigate`) and says whether main cancelled it. */
  cancels(event: string, ...args: unknown[]): boolean {
    const fake = fakeEvent();
    this.emit(event, fake, ...args);
    return fake.defaultPrevented;
  }
}

/** The details `webRequest.onBeforeRequest` passes, and what its callback receives. */
export type BeforeRequestHandler = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

/** A session with the handlers main installs. */
export class FakeSession {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null =
    null;
  permissionCheckHandler:
    ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: BeforeRequestHandler | null = null;
  /** The session spellchecker: on with no languages chosen until main says otherwise (Electron's default). */
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] | null = null;
  readonly webRequest = {
    onBeforeRequest: (handler: BeforeRequestHandler) => {
      this.beforeRequest = handler;
    },
  };

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = [...languages];
  }

  /** Asks the request filter about `url`: true when main cancels it (unanswered counts as cancelled). */
  cancelsRequest(url: string, resourceType = 'mainFrame'): boolean {
    if (!this.beforeRequest) throw new Error('No webRequest.onBeforeRequest handler is installed.');
    let answer: { cancel?: boolean } | null = null;
    this.beforeRequest({ url, resourceType }, (response) => {
      answer = response;
    });
    return answer === null || (answer as { cancel?: boolean }).cancel === true;
  }

  /** Asks the permission request handler; true when the permission is granted. */
  grantsPermission(permission: string): boolean {
    if (!this.permissionRequestHandler) throw new Error('No permission request handler is installed.');
    let granted: boolean | null = null;
    this.permissionRequestHandler(
      {},
      permission,
      (answer) => {
        granted = answer;
      },
      { requestingUrl: 'app://reader/index.html' },
    );
    return granted === true;
  }
}

/** An IPC invoke event, as ipcMain.handle listeners receive it. */
export interface FakeIpcEvent {
  sender: FakeWebContents | { id: number; mainFrame: FakeFrame };
  senderFrame: FakeFrame | null;
}

/** A handler registered with `ipcMain.handle`. */
export type IpcHandler = (event: FakeIpcEvent, payload: unknown) => unknown;

/** What a `protocol.handle` handler receives and returns. */
export type ProtocolHandler = (request: { url: string; method?: string }) => Promise<Response> | Response;

/** Options of the fake: where the app is and whether it is packaged. */
export interface FakeElectronOptions {
  appPath: string;
  isPackaged?: boolean;
  name?: string;
  /** `app.getPath('userData')` (a fresh temporary folder by default). */
  userDataDir?: string;
  /** What `app.requestSingleInstanceLock()` answers: false when another instance holds the lock (default true). */
  singleInstanceLock?: boolean;
}

/** The fake Electron module plus the handles tests drive it with. */
export interface FakeElectron {
  /** The object main gets from `require('electron')`. */
  module: object;
  app: FakeApp;
  defaultSession: FakeSession;
  /** Open windows (closed and destroyed ones leave the list). */
  windows: FakeBrowserWindowInstance[];
  /** Sessions by partition, created by `session.fromPartition` (each announced with `session-created`). */
  partitions: Map<string, FakeSession>;
  /** Options each BrowserWindow was constructed with, in order (including closed windows). */
  constructed: FakeWindowOptions[];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Map<string, ProtocolHandler>;
  ipcHandlers: Map<string, IpcHandler>;
  applicationMenu: { template: unknown[] } | null;
  /** The arguments of every save dialog main showed (parent window, options). */
  saveDialogs: unknown[][];
  /** Electron calls in order (`app.enableSandbox`, `app.ready`, …), to check what runs before ready. */
  calls: string[];
  /** Resolves `app.whenReady()` and lets main's ready handler run. */
  becomeReady: () => Promise<void>;
  /** Creates a session the way Electron does later in the app's life (emits `session-created`). */
  createSession: () => FakeSession;
  /** `app.getPath('userData')`. */
  userDataDir: string;
  /** What main put on the clipboard: one list of clipboard items per write. */
  clipboardWrites: { items: Record<string, unknown> }[][];
  /** The native theme main sets (`themeSource`). */
  nativeTheme: { themeSource: string; shouldUseDarkColors: boolean };
  /** The Node child processes standing in for the utility processes main started, in order. */
  utilityProcesses: ChildProcess[];
}

/** BrowserWindow constructor options, as far as the tests read them. */
export interface FakeWindowOptions {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A window the fake created. */
export interface FakeBrowserWindowInstance extends FakeEmitter {
  options: FakeWindowOptions;
  webContents: FakeWebContents;
  loadedUrl: string | null;
  visible: boolean;
  /** Closes the window the way a user would: `closed` fires and it leaves `getAllWindows()`. */
  close: () => void;
  /** Times `focus()` was called. */
  focused: number;
}

/** The fake `app`. */
export interface FakeApp extends FakeEmitter {
  isPackaged: boolean;
  sandboxEnabled: boolean;
  quitCalled: boolean;
}

/** Builds a fresh fake Electron: one per loaded main process. */
export function createFakeElectron(options: FakeElectronOptions): FakeElectron {
  const calls: string[] = [];
  let nextWebContentsId = 1;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  const userDataDir = options.userDataDir ?? tempDir('reader-fake-user-data-');
  const appEmitter = new FakeEmitter();
  const app = Object.assign(appEmitter, {
    isPackaged: options.isPackaged ?? false,
    sandboxEnabled: false,
    quitCalled: false,
    enableSandbox: () => {
      calls.push('app.enableSandbox');
      app.sandboxEnabled = true;
    },
    getAppPath: () => options.appPath,
    getPath: (name: string) => (name === 'userData' ? userDataDir : `/home/reader/${name}`),
    getName: () => options.name ?? 'Offline Reference Reader',
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => {
      calls.push('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    quit: () => {
      app.quitCalled = true;
    },
    whenReady: () => ready,
  });

  const defaultSession = new FakeSession();
  const windows: FakeBrowserWindowInstance[] = [];
  const constructed: FakeWindowOptions[] = [];

  class BrowserWindow extends FakeEmitter implements FakeBrowserWindowInstance {
    readonly webContents = new FakeWebContents(nextWebContentsId++);
    loadedUrl: string | null = null;
    visible = false;
    focused = 0;

    constructor(readonly options: FakeWindowOptions) {
      super();
      calls.push('new BrowserWindow');
      constructed.push(options);
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }

    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.getAllWindows()[0] ?? null;
    }

    static getAllWindows(): BrowserWindow[] {
      return windows.filter((window): window is BrowserWindow => window instanceof BrowserWindow);
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }

    show(): void {
      this.visible = true;
    }

    isMinimized(): boolean {
      return false;
    }

    restore(): void {}

    focus(): void {
      this.focused++;
    }

    maximize(): void {}

    setFullScreen(): void {}

    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 0, y: 0, width: Number(this.options.width ?? 800), height: Number(this.options.height ?? 600) };
    }

    isMaximized(): boolean {
      return false;
    }

    isFullScreen(): boolean {
      return false;
    }

    isDestroyed(): boolean {
      return !windows.includes(this);
    }

    close(): void {
      this.emit('close', fakeEvent());
      this.destroy();
    }

    /** Electron's `destroy()`: no `close` event, straight to `closed`. */
    destroy(): void {
      if (!windows.includes(this)) return;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
    }
  }
  const partitions = new Map<string, FakeSession>();

  const privilegedSchemes: FakeElectron['privilegedSchemes'] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const ipcHandlers = new Map<string, IpcHandler>();
  const fake: FakeElectron = {
    module: {},
    app,
    defaultSession,
    windows,
    partitions,
    constructed,
    privilegedSchemes,
    protocolHandlers,
    ipcHandlers,
    applicationMenu: null,
    saveDialogs: [],
    calls,
    becomeReady: async () => {
      calls.push('app.ready');
      resolveReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    createSession: () => {
      const created = new FakeSession();
      app.emit('session-created', created);
      return created;
    },
    userDataDir,
    clipboardWrites: [],
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    utilityProcesses: [],
  };

  const exports: Record<string, unknown> = {
    app,
    BrowserWindow,
    session: {
      defaultSession,
      fromPartition: (partition: string) => {
        let created = partitions.get(partition);
        if (!created) {
          created = new FakeSession();
          partitions.set(partition, created);
          app.emit('session-created', created);
        }
        return created;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: FakeElectron['privilegedSchemes']) => {
        calls.push('protocol.registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: ProtocolHandler) => {
        calls.push(`protocol.handle:${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      },
    },
    // The save dialog (src/main/electron/save-dialog.ts): the reader always cancels here.
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        calls.push('dialog.showSaveDialog');
        fake.saveDialogs.push(args);
        return { canceled: true, filePath: '' };
      },
      showMessageBox: async () => {
        calls.push('dialog.showMessageBox');
        return { response: 1, checkboxChecked: false };
      },
    },
    nativeTheme: fake.nativeTheme,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    clipboard: {
      write: async (items: { items: Record<string, unknown> }[]) => {
        fake.clipboardWrites.push(items);
      },
    },
    ClipboardItem: class {
      constructor(readonly items: Record<string, unknown>) {}
    },
    // A utility process is a Node child with its own heap: here a real one, started with
    // child_process.fork (the entry talks through process.send, as it does outside Electron).
    utilityProcess: {
      fork: (modulePath: string, args: string[] = []) => {
        calls.push('utilityProcess.fork');
        const child = fork(modulePath, args, {
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        fake.utilityProcesses.push(child);
        const utility = new FakeEmitter();
        child.on('message', (message) => utility.emit('message', message));
        child.on('exit', (code) => utility.emit('exit', code ?? -1));
        child.on('error', () => {});
        return Object.assign(utility, {
          get pid() {
            return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
          },
          postMessage: (message: unknown) => {
            if (child.connected) child.send(message as object, () => {});
          },
          kill: () => child.kill(),
        });
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] } | null) => {
        fake.applicationMenu = menu;
      },
    },
  };
  fake.module = new Proxy(exports, {
    get(target, property) {
      if (typeof property === 'symbol' || property in target) return target[property as string];
      if (property === '__esModule' || property === 'default' || property === 'then') return undefined;
      throw new Error(
        `The fake Electron has no '${property}': add the part main uses to test/support/fake-electron.ts.`,
      );
    },
  });
  return fake;
}
