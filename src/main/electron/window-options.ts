import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Options of every window the app creates: Electron's security checklist (context isolation,
 * sandbox, no Node integration, web security on, no webview, no remote-content features).
 * `extra.webPreferences` may add settings (a session partition, JavaScript off) but never weaken these.
 * Type-only import: this module stays testable without the Electron binary.
 */
export function secureWindowOptions(
  preloadPath: string | null,
  extra: BrowserWindowConstructorOptions = {},
): BrowserWindowConstructorOptions {
  const { preload: _callerPreload, ...extraPreferences } = extra.webPreferences ?? {};
  return {
    ...extra,
    webPreferences: {
      ...extraPreferences,
      ...(preloadPath ? { preload: preloadPath } : {}),
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
      // Middle-click would open links in a new window: the event is switched off altogether.
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
