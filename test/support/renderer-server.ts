/**
 * Serves the BUILT renderer on 127.0.0.1 with the same resolver, headers and CSP as the app's
 * `app://reader` protocol (src/main/app-protocol.ts). Chromium refuses module scripts over file://.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAppFile } from '../../src/main/electron/app-protocol';
import { RENDERER_DIR } from './paths';

/** A running server and its origin (`http://127.0.0.1:PORT`). */
export interface RendererServer {
  origin: string;
  close: () => Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startRendererServer(
  rootDir = RENDERER_DIR,
  errorPage: string | null = null,
): Promise<RendererServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    void serveAppFile(rootDir, pathname, errorPage).then((answer) => {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
