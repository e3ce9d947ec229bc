/**
 * Serves the built renderer from `app://reader/…`: the UI is loaded from the packaged files through
 * our own protocol, never from a remote URL or `file://`. Electron-free: the Electron shell adapts
 * it to `protocol.handle`, and the end-to-end tests serve the same answers over loopback HTTP.
 */
import { realpath } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Scheme, host and origin of the app's own pages. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** URL of the reader page. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs of the app's own pages: scheme `app:` and host `reader` exactly (no other host, no
 * port, no user name). The one rule behind the session's request filter, navigation, the protocol
 * handler and the IPC sender check; everything else, DevTools' `devtools://` pages included, is not
 * the app. (The app opens no DevTools: no menu item or shortcut does.)
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/**
 * The Content-Security-Policy of every page we serve: nothing but our own files; no remote origin,
 * no eval, no inline script; no connections at all (data comes over IPC).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** An answer to a request for one of the app's files. */
export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** Headers that go with every answer. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/** Maps a URL path (`/assets/x.js`) to a file under `rootDir`, or null if it would escape it. */
export function resolveAppPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const root = normalize(rootDir.endsWith(sep) ? rootDir : rootDir + sep);
  const full = normalize(join(root, relative));
  return full.startsWith(root) ? full : null;
}

const NOT_FOUND: AppResponse = {
  status: 404,
  headers: securityHeaders('text/plain; charset=utf-8'),
  body: 'Not found',
};

/**
 * Answers a request for `pathname` from `rootDir`. When `errorPage` is set (the corpus could not be
 * loaded) the entry page is replaced by it, so the window shows what is wrong instead of a blank screen.
 * A path that leaves the folder, by `..` or through a symbolic link, is not found.
 */
export async function serveAppFile(
  rootDir: string,
  pathname: string,
  errorPage: string | null = null,
): Promise<AppResponse> {
  const path = resolveAppPath(rootDir, pathname);
  if (!path) return NOT_FOUND;
  if (errorPage !== null && path.endsWith(`${sep}index.html`)) {
    return { status: 200, headers: securityHeaders(MIME_TYPES['.html']!), body: errorPage };
  }
  try {
    const [realRoot, realFile] = await Promise.all([realPathOf(rootDir), realPathOf(path)]);
    if (!realFile.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return NOT_FOUND;
    const body = await readFile(realFile);
    return { status: 200, headers: securityHeaders(MIME_TYPES[extname(path)] ?? 'application/octet-stream'), body };
  } catch {
    return NOT_FOUND;
  }
}

/**
 * Answers a request for an app URL (what the Electron protocol handler receives): only the app's own
 * origin is served (`app://reader/…`); any other host of the scheme is not found.
 */
export async function answerAppRequest(rootDir: string, url: string, errorPage: string | null): Promise<AppResponse> {
  if (!isAppUrl(url)) return NOT_FOUND;
  return serveAppFile(rootDir, new URL(url).pathname, errorPage);
}

/** The real path (symbolic links resolved) through the callback `fs.realpath`, which Electron's asar support covers. */
function realPathOf(path: string): Promise<string> {
  return new Promise((resolve, reject) =>
    realpath(path, (error, resolved) => (error ? reject(error) : resolve(resolved))),
  );
}
