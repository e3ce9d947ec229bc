/**
 * The Electron-facing half of the security baseline: deny permissions, block every request that is
 * not for the app's own files, deny new windows, navigation away, and webviews.
 */
import { app, session, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from '../app-protocol';

/** True for URLs of the app's own pages (and DevTools' internal pages). */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://');
}

/** Denies all permissions and cancels every request that does not target the app's own files. */
export function hardenSession(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) });
  });
}

/** Applies the per-page rules to every WebContents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
