/**
 * End-to-end harness: the BUILT renderer in the system Chromium, the BUILT preload (out/preload/
 * index.js) with Electron faked only at its edge (`contextBridge`, `ipcRenderer.invoke`), and the
 * REAL main handlers behind a test transport (a Playwright binding instead of Electron IPC).
 * Every request the page makes is recorded, so tests can prove the renderer stays offline.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Dispatch } from '../../src/main/ipc/ipc-dispatcher';
import { launchChromium } from './chromium';
import { PRELOAD_FILE } from './paths';
import { openTestReader, type TestReader } from './reader-services';
import { startRendererServer, type RendererServer } from './renderer-server';

/** A reader window in Chromium, with the real stack behind it. */
export interface ReaderPage {
  page: Page;
  context: BrowserContext;
  reader: TestReader;
  server: RendererServer;
  /** Every URL the page requested, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** Every reader page opened in the current test file: the offline check (e2e-setup.ts) reads their requests. */
export const openedReaderPages: ReaderPage[] = [];

/**
 * The fake Electron edge plus the built preload, as one script run before any page script.
 * The preload `require`s only "electron"; anything else would fail in the sandbox too.
 */
function preloadScript(): string {
  const preload = readFileSync(PRELOAD_FILE, 'utf8');
  return `(() => {
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, enumerable: true }) },
    ipcRenderer: { invoke: (channel, payload) => window.__readerInvoke(channel, payload === undefined ? null : payload) },
  };
  const require = (name) => {
    if (name !== 'electron') throw new Error('a sandboxed preload cannot require ' + name);
    return electron;
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}

/** Opens the reader at `hash` (e.g. `#/doc/section`) over the real handlers. */
export async function openReaderPage(
  browser: Browser,
  options: { hash?: string; dispatch?: Dispatch; reader?: TestReader } = {},
): Promise<ReaderPage> {
  const reader = options.reader ?? openTestReader();
  const dispatch = options.dispatch ?? reader.dispatch;
  const server = await startRendererServer();
  const context = await browser.newContext();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeBinding('__readerInvoke', async ({ frame, page }, channel: string, payload: unknown) =>
    dispatch(
      {
        webContentsId: 1,
        // The test origin stands for app://reader: same files, same headers.
        frameUrl: frame.url().replace(server.origin, 'app://reader'),
        isTopFrame: frame === page.mainFrame(),
      },
      channel,
      payload === null ? undefined : payload,
    ),
  );
  await context.addInitScript({ content: preloadScript() });
  const page = await context.newPage();
  page.on('websocket', (socket) => requests.push(socket.url()));
  const readerPage: ReaderPage = {
    page,
    context,
    reader,
    server,
    requests,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
  openedReaderPages.push(readerPage);
  await page.goto(`${server.origin}/index.html${options.hash ?? ''}`);
  return readerPage;
}

/** Launches Chromium once per test file. */
export { launchChromium };
