/**
 * Serves the built renderer from `app://reader/…`: the UI is loaded from the packaged files through
 * our own protocol, never from a remote URL or `file://`. Electron-free: the Electron shell adapts
 * it to `protocol.handle`, and the end-to-end tests serve the same answers over loopback HTTP.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** Scheme and origin of the app's own pages. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://reader';
/** URL of the reader page. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs of the app's own pages (and DevTools' internal pages). The one rule behind the
 * session's request filter, navigation and the IPC sender check; everything else is "the web".
 */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://');
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

/**
 * Answers a request for `pathname` from `rootDir`. When `errorPage` is set (the corpus could not be
 * loaded) the entry page is replaced by it, so the window shows what is wrong instead of a blank screen.
 */
export async function serveAppFile(
  rootDir: string,
  pathname: string,
  errorPage: string | null = null,
): Promise<AppResponse> {
  const path = resolveAppPath(rootDir, pathname);
  if (!path) return { status: 404, headers: securityHeaders('text/plain; charset=utf-8'), body: 'Not found' };
  if (errorPage !== null && path.endsWith(`${sep}index.html`)) {
    return { status: 200, headers: securityHeaders(MIME_TYPES['.html']!), body: errorPage };
  }
  try {
    const body = await readFile(path);
    return { status: 200, headers: securityHeaders(MIME_TYPES[extname(path)] ?? 'application/octet-stream'), body };
  } catch {
    return { status: 404, headers: securityHeaders('text/plain; charset=utf-8'), body: 'Not found' };
  }
}
