import type { WebPreferences } from 'electron';

/**
 * The security baseline of every window the app creates (Electron's checklist): context isolation,
 * sandbox, no Node integration, web security on, no webview, no insecure content, no experimental
 * features, no drag-and-drop navigation, no spellchecker (it can download dictionaries), dialogs a
 * page cannot loop, and middle-click (which would open links in new windows) switched off.
 *
 * Each `new BrowserWindow` writes these keys as an object literal, so electronegativity reads the
 * real values itself, and checks that literal against this one baseline with
 * `satisfies SecureWebPreferences`: a missing key or a weaker value does not compile.
 * Type-only import: this module stays testable without the Electron binary.
 */
export const SECURE_WEB_PREFERENCES = {
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
} as const;

/**
 * webPreferences holding the baseline exactly, plus settings it does not decide (a preload, a
 * session partition, JavaScript off); Blink features cannot be switched on.
 */
export type SecureWebPreferences = typeof SECURE_WEB_PREFERENCES &
  Omit<WebPreferences, keyof typeof SECURE_WEB_PREFERENCES | 'enableBlinkFeatures'>;
