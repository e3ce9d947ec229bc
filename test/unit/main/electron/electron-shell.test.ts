/**
 * The BUILT main process (out/main/index.js) against a fake of the Electron objects it touches:
 * Electron's security checklist, item by item, as main actually sets it up.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/app-protocol';
import { hashCatalog, hashDocument } from '../../../../src/main/corpus/content-hash';
import { documentPath } from '../../../../src/main/corpus/corpus-loader';
import type { CorpusCatalog, CorpusDocument } from '../../../../src/shared/corpus-types';
import { CHANNELS } from '../../../../src/shared/contract';
import { startBuiltMain } from '../../../support/built-main';
import { fakeEvent, type FakeElectron, type FakeIpcEvent } from '../../../support/fake-electron';
import { CORPUS_DIR, PRELOAD_FILE, RENDERER_DIR, ROOT, STATEMENT_ID } from '../../../support/paths';
import { tempDir } from '../../../support/temp-folders';

const temporaryDir = () => tempDir('reader-shell-');

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Sends one IPC request the way Electron would deliver it to main's handler. */
async function invoke(
  electron: FakeElectron,
  channel: string,
  event: FakeIpcEvent,
  payload?: unknown,
): Promise<unknown> {
  const handler = electron.ipcHandlers.get(channel);
  if (!handler) throw new Error(`main registered no handler for ${channel}`);
  return handler(event, payload);
}

/** Clicks the application-menu item with this label, as the reader would. */
function clickMenuItem(electron: FakeElectron, label: string): void {
  type Item = { label?: string; click?: () => void; submenu?: Item[] };
  const find = (items: Item[]): Item | undefined =>
    items.map((item) => (item.label === label ? item : find(item.submenu ?? []))).find(Boolean);
  const item = find((electron.applicationMenu?.template ?? []) as Item[]);
  if (!item?.click) throw new Error(`no menu item '${label}'`);
  item.click();
}

function fromReaderWindow(electron: FakeElectron): FakeIpcEvent {
  const contents = electron.windows[0]!.webContents;
  return { sender: contents, senderFrame: contents.mainFrame };
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'mediaKeySystem',
  'window-management',
  'idle-detection',
  'hid',
  'serial',
  'usb',
  'unknown',
];

describe('the built main process, with Electron faked at its edge', () => {
  let electron: FakeElectron;
  beforeEach(async () => {
    electron = await startBuiltMain({ appPath: ROOT });
  });

  it('turns the sandbox on for every renderer and registers app:// before the app is ready', () => {
    expect(electron.app.sandboxEnabled).toBe(true);
    const ready = electron.calls.indexOf('app.ready');
    expect(electron.calls.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(electron.calls.indexOf('app.enableSandbox')).toBeLessThan(ready);
    expect(electron.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('creates every window with the security baseline, loading the UI from app://reader', () => {
    expect(electron.windows).toHaveLength(1);
    // A window re-created later (macOS "activate" after the last one closed) gets the same baseline.
    electron.windows[0]!.close();
    electron.app.emit('activate');
    expect(electron.constructed).toHaveLength(2);
    for (const options of electron.constructed) {
      // Exactly these: nothing weaker, nothing added (no enableBlinkFeatures, no devTools switch).
      expect(options.webPreferences).toEqual({
        preload: PRELOAD_FILE,
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
      });
    }
    expect(existsSync(PRELOAD_FILE)).toBe(true);
    expect(electron.windows.map((window) => window.loadedUrl)).toEqual([APP_ENTRY_URL]);
  });

  it('denies every permission request, permission check and device request', () => {
    const session = electron.defaultSession;
    for (const permission of PERMISSIONS) {
      expect(session.grantsPermission(permission), permission).toBe(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://reader', {}), permission).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://reader' })).toBe(false);
  });

  it("cancels every request that is not for the app's own files, in every session", () => {
    const later = electron.createSession();
    for (const session of [electron.defaultSession, later]) {
      for (const url of ['app://reader/index.html', 'app://reader/assets/index.js', 'app://reader']) {
        expect(session.cancelsRequest(url), url).toBe(false);
      }
      for (const url of [
        'https://example.com/',
        'http://127.0.0.1:8080/index.html',
        'http://localhost/',
        'wss://example.com/socket',
        'ftp://example.com/file',
        'file:///etc/passwd',
        'app://evil/index.html',
        'app://reader.example.com/index.html',
        'app://readerx/index.html',
        'app://reader:8080/index.html',
        'app://user@reader/index.html',
        'chrome-extension://abc/page.html',
        'devtools://devtools/bundled/inspector.html',
      ]) {
        expect(session.cancelsRequest(url, 'xhr'), url).toBe(true);
      }
    }
  });

  it('denies window.open, navigation away from the app, redirects out of it and webviews', () => {
    const contents = electron.windows[0]!.webContents;
    for (const url of ['https://example.com/', 'app://reader/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({
        action: 'deny',
      });
    }
    expect(contents.cancels('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.cancels('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.cancels('will-navigate', 'app://reader/index.html#/doc/section')).toBe(false);
    // Only the app's own host: not another host of the scheme, not DevTools.
    expect(contents.cancels('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(contents.cancels('will-navigate', 'app://reader.example.com/index.html')).toBe(true);
    expect(contents.cancels('will-navigate', 'devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(contents.cancels('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.cancels('will-redirect', 'app://reader/index.html')).toBe(false);
    expect(contents.cancels('will-attach-webview', { preload: '/tmp/evil.js' }, { src: 'https://example.com/' })).toBe(
      true,
    );
  });

  it('serves the built renderer on app://reader with the CSP header, and nothing outside it', async () => {
    const handler = electron.protocolHandlers.get('app')!;
    const page = await handler({ url: APP_ENTRY_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'));
    for (const url of [
      'app://reader/../../package.json',
      'app://reader/%2e%2e/%2e%2e/package.json',
      'app://reader/..%2f..%2fpackage.json',
      // The protocol answers the app's own host only.
      'app://evil/index.html',
      'app://reader.example.com/index.html',
    ]) {
      const answer = await handler({ url });
      expect(answer.status, url).toBe(404);
      expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('installs a menu of standard roles only (no item that opens a web page)', () => {
    const items = JSON.stringify(electron.applicationMenu?.template);
    expect(items).not.toMatch(/https?:|learn/i);
    // The Help menu holds About (an in-app dialog) and nothing else.
    const help = (electron.applicationMenu?.template as { role?: string; submenu?: { label?: string }[] }[]).find(
      (menu) => menu.role === 'help',
    );
    expect(help?.submenu?.map((item) => item.label)).toEqual(['About Offline Reference Reader']);
  });

  it("answers IPC on every channel from its window's top frame only", async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const window = electron.windows[0]!;
    const trusted = fromReaderWindow(electron);
    const strangers: [string, FakeIpcEvent][] = [
      [
        'another webContents',
        {
          sender: { id: window.webContents.id + 100, mainFrame: { url: APP_ENTRY_URL } },
          senderFrame: { url: APP_ENTRY_URL },
        },
      ],
      ['an iframe of the reader window', { sender: window.webContents, senderFrame: { url: APP_ENTRY_URL } }],
      [
        'a foreign page in the reader window',
        { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      ],
      ['a destroyed frame', { sender: window.webContents, senderFrame: null }],
      ['DevTools in the reader window', { sender: window.webContents, senderFrame: window.webContents.mainFrame }],
      ['another host of the app scheme', { sender: window.webContents, senderFrame: window.webContents.mainFrame }],
    ];
    const frameUrlOf: Record<string, string> = {
      'a foreign page in the reader window': 'https://example.com/',
      'DevTools in the reader window': 'devtools://devtools/bundled/inspector.html',
      'another host of the app scheme': 'app://evil/index.html',
    };
    for (const channel of CHANNELS) {
      window.webContents.mainFrame.url = APP_ENTRY_URL;
      // The event stream answers when main has something to say: give it a menu command first.
      if (channel === 'app:next-event') clickMenuItem(electron, 'About Offline Reference Reader');
      const own = (await invoke(electron, channel, trusted)) as { ok: boolean; error?: { code: string } };
      expect(own.ok || own.error?.code !== 'forbidden', channel).toBe(true);
      for (const [who, event] of strangers) {
        window.webContents.mainFrame.url = frameUrlOf[who] ?? APP_ENTRY_URL;
        expect(await invoke(electron, channel, event), `${channel} from ${who}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    window.webContents.mainFrame.url = APP_ENTRY_URL;
    window.close();
    expect(await invoke(electron, 'app:status', trusted), 'a closed window').toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('the built main process, offline at the session', () => {
  it('switches the spellchecker off, with no dictionary, on every session: default, later ones and the print window’s', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    const later = electron.createSession();
    const printed = await invoke(electron, 'export:print', fromReaderWindow(electron), {
      documentId: 'belarus-un-human-rights-cooperation',
      sectionIds: ['opening-statement'],
      options: { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
    });
    expect(printed).toEqual({ ok: true, value: { sectionCount: 1 } });
    expect([...electron.partitions.keys()]).toEqual(['reader-print']);
    const sessions = [electron.defaultSession, later, electron.partitions.get('reader-print')!];
    for (const [index, session] of sessions.entries()) {
      expect(session.spellCheckerEnabled, `session ${index}`).toBe(false);
      expect(session.spellCheckerLanguages, `session ${index}`).toEqual([]);
    }
    // The print window: the same baseline, written out, plus its own partition and no JavaScript.
    expect(electron.constructed[1]!.webPreferences).toMatchObject({
      partition: 'reader-print',
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      spellcheck: false,
      safeDialogs: true,
    });
    expect(electron.windows).toHaveLength(1);
  });
});

describe('the built main process runs as one instance', () => {
  it('takes the single-instance lock before it is ready, and brings its window forward when started again', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    expect(electron.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(electron.calls.indexOf('app.ready'));
    const window = electron.windows[0]!;
    expect(window.focused).toBe(0);
    electron.app.emit('second-instance', fakeEvent(), ['reader'], '/home/reader');
    expect(window.focused).toBe(1);
    expect(electron.windows).toHaveLength(1);
  });

  it('quits at once when another instance holds the lock: no window, no IPC, no file of the reader touched', async () => {
    const electron = await startBuiltMain({ appPath: ROOT, singleInstanceLock: false });
    expect(electron.app.quitCalled).toBe(true);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.protocolHandlers.size).toBe(0);
    expect(readdirSync(electron.userDataDir)).toEqual([]);
  });
});

describe('where the built main process finds its corpus', () => {
  it('reads resources/corpus from process.resourcesPath when packaged (the extraResource "corpus")', async () => {
    const resources = temporaryDir();
    cpSync(CORPUS_DIR, join(resources, 'corpus'), { recursive: true });
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    try {
      // The app path has no corpus: a packaged app must not look there.
      const electron = await startBuiltMain({ appPath: temporaryDir(), isPackaged: true });
      const status = (await invoke(electron, 'app:status', fromReaderWindow(electron))) as {
        ok: boolean;
        value: { integrity: { verified: boolean } };
      };
      expect(status).toMatchObject({ ok: true, value: { integrity: { verified: true } } });
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath');
    }
  });

  it('shows an error page naming the file, with the same CSP, when the search host finds the corpus unusable', async () => {
    const appPath = temporaryDir();
    const electron = await startBuiltMain({ appPath });
    // The window opens at once; once the host has said the corpus is unusable, it is reloaded onto the error page.
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0]!;
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1), { timeout: 15_000 });
    const page = await electron.protocolHandlers.get('app')!({ url: APP_ENTRY_URL });
    const html = await page.text();
    expect(html).toContain('The reader cannot open its documents');
    expect(html).toContain(join(appPath, 'resources', 'corpus', 'corpus.json'));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // The library's channels answer with the reason, never a half-working reader.
    const documents = await invoke(electron, 'corpus:documents', fromReaderWindow(electron));
    expect(documents).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(electron.utilityProcesses).toHaveLength(1);
  });

  it('loads a corpus whose text was changed after the build, and says so through app:status', async () => {
    const appPath = temporaryDir();
    cpSync(CORPUS_DIR, join(appPath, 'resources', 'corpus'), { recursive: true });
    // The text of the document opened first is changed (its id, which names its files, is left as built).
    const corpusFile = documentPath(join(appPath, 'resources', 'corpus'), STATEMENT_ID);
    const built = readFileSync(corpusFile, 'utf8');
    const sectionsStart = built.indexOf('"sections":');
    writeFileSync(
      corpusFile,
      built.slice(0, sectionsStart) + built.slice(sectionsStart).replace('cooperation', 'co-operation'),
    );
    const electron = await startBuiltMain({ appPath });
    const status = (await invoke(electron, 'app:status', fromReaderWindow(electron))) as {
      value: { warnings: string[]; integrity: { verified: boolean; warning: string } };
    };
    expect(status.value.integrity.verified).toBe(false);
    expect(status.value.integrity.warning).toContain(corpusFile);
    expect(status.value.warnings).toContain(status.value.integrity.warning);
    expect(console.warn).toHaveBeenCalledWith(`[reader] ${status.value.integrity.warning}`);
  });

  it('notices a corpus edited and re-stamped after the build: main knows the hash it was built with', async () => {
    const appPath = temporaryDir();
    const corpusDir = join(appPath, 'resources', 'corpus');
    cpSync(CORPUS_DIR, corpusDir, { recursive: true });
    // The document and the catalog's hash of it are both edited, and the catalog re-stamped.
    const corpusFile = join(corpusDir, 'corpus.json');
    const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusCatalog;
    const builtHash = corpus.stamp.contentHash;
    const documentFile = documentPath(corpusDir, corpus.documents[0]!.id);
    const document = JSON.parse(readFileSync(documentFile, 'utf8')) as CorpusDocument;
    const paragraph = document.sections[0]!.paragraphs[0]!;
    paragraph.text = `${paragraph.text} (as amended)`;
    writeFileSync(documentFile, JSON.stringify(document));
    corpus.documents[0]!.contentHash = hashDocument(document);
    corpus.stamp.contentHash = hashCatalog(corpus.documents);
    writeFileSync(corpusFile, JSON.stringify(corpus));
    const electron = await startBuiltMain({ appPath });
    const status = (await invoke(electron, 'app:status', fromReaderWindow(electron))) as {
      value: { integrity: { verified: boolean; expectedHash: string; actualHash: string; warning: string } };
    };
    expect(status.value.integrity).toMatchObject({
      verified: false,
      expectedHash: builtHash,
      actualHash: corpus.stamp.contentHash,
    });
    expect(status.value.integrity.warning).toContain('not the one this copy of the reader was built with');
  });
});
