import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES, type SecureWebPreferences } from '../../../../src/main/electron/window-options';
import { ROOT } from '../../../support/paths';

/** Every TypeScript file under src/main. */
function mainSources(dir = join(ROOT, 'src', 'main')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? mainSources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the window security baseline', () => {
  it('is Electron’s checklist, spellchecker off and safe dialogs included', () => {
    expect(SECURE_WEB_PREFERENCES).toEqual({
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
  });

  it('cannot be weakened or left out where a window is made (checked by the compiler)', () => {
    const preload = { ...SECURE_WEB_PREFERENCES, preload: '/app/preload.js' } satisfies SecureWebPreferences;
    expect(preload.sandbox).toBe(true);
    // @ts-expect-error sandbox off is not the baseline
    const weaker = { ...SECURE_WEB_PREFERENCES, sandbox: false } satisfies SecureWebPreferences;
    // @ts-expect-error a key of the baseline left out
    const partial = { contextIsolation: true } satisfies SecureWebPreferences;
    // @ts-expect-error Blink features cannot be switched on
    const blink = { ...SECURE_WEB_PREFERENCES, enableBlinkFeatures: 'Auxclick' } satisfies SecureWebPreferences;
    expect([weaker, partial, blink]).toHaveLength(3);
  });

  it('is written as an object literal at every window the app constructs, where the scanner reads it', () => {
    const sites: string[] = [];
    for (const file of mainSources()) {
      const source = readFileSync(file, 'utf8');
      // A window made through a member (`new electron.BrowserWindow`) or from a function is invisible to the scanner.
      expect(source, relative(ROOT, file)).not.toMatch(/new\s+[\w.]+\.BrowserWindow\b|new\s+BrowserWindow\(\s*[^{\s]/);
      for (const match of source.matchAll(/new\s+BrowserWindow\(\{([\s\S]*?)\n\s{2,4}\}\);/g)) {
        sites.push(relative(ROOT, file));
        expect(match[1], relative(ROOT, file)).toMatch(/webPreferences: \{[\s\S]*\} satisfies SecureWebPreferences,$/);
      }
    }
    expect(sites.sort()).toEqual(['src/main/electron/print-window.ts', 'src/main/index.ts']);
  });
});
