/**
 * The Electron-facing half of the security baseline: deny permissions, switch the spellchecker off
 * (it downloads dictionaries from the browser process, unseen by the request filter), block every
 * request that is not for the app's own files, deny new windows, navigation away, and webviews.
 */
import { app, session, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

export { isAppUrl };

/** Denies all permissions, turns the spellchecker off, and cancels every request that does not target the app's own files. */
export function hardenSession(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  // No dictionary is ever chosen, so none is ever downloaded (a no-op on macOS, whose checker is the system's).
  target.setSpellCheckerEnabled(false);
  target.setSpellCheckerLanguages([]);
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) });
  });
}

/** Applies the same session rules to every session created later (e.g. a window with its own partition). */
export function hardenNewSessions(): void {
  app.on('session-created', (created) => hardenSession(created));
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
