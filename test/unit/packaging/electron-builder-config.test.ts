/**
 * The installer configuration, checked as far as it can be without the Electron binary: what
 * electron-builder.yml says (targets, fuses, resources, files), that electron-builder's own loader
 * and schema accept it, and that every path it packages exists after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_FILE_NAME, DOCUMENTS_DIR_NAME } from '../../../src/main/corpus/corpus-loader';
import { INDEX_DIR_NAME } from '../../../src/main/search/index-loader';
import { MAIN_FILE, PRELOAD_FILE, RENDERER_DIR, ROOT } from '../../support/paths';

const CONFIG_FILE = 'electron-builder.yml';
const config = parse(readFileSync(join(ROOT, CONFIG_FILE), 'utf8')) as Configuration;
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  homepage?: string;
  scripts: Record<string, string>;
};

/** Target names of one platform section (`linux: { target: [...] }`). */
function targetsOf(platform: 'linux' | 'win' | 'mac'): string[] {
  const targets = config[platform]?.target;
  return (Array.isArray(targets) ? targets : [targets]).map((target) =>
    typeof target === 'string' ? target : (target?.target ?? ''),
  );
}

describe('electron-builder.yml', () => {
  it('names the app and builds AppImage + deb, NSIS and dmg installers, with no update feed', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe(packageJson.productName);
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
    expect(targetsOf('win')).toEqual(['nsis']);
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect(config.publish).toBeNull();
    // The deb target refuses to build without a homepage and a maintainer.
    expect(packageJson.homepage).toBeTruthy();
    expect(config.linux?.maintainer).toBeTruthy();
    expect(packageJson.scripts.dist).toMatch(/npm run build && electron-builder/);
  });

  it('sets the fuses: no RunAsNode, NODE_OPTIONS or inspect flags; asar integrity; app only from the asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packages the built app only, and the corpus as the resource "corpus" that main reads when packaged', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.extraResources).toEqual([
      {
        from: 'resources/corpus',
        to: 'corpus',
        filter: [CORPUS_FILE_NAME, `${DOCUMENTS_DIR_NAME}/**`, `${INDEX_DIR_NAME}/**`],
      },
    ]);
    // Main joins process.resourcesPath with exactly this name (test/unit/main/electron/electron-shell.test.ts runs it).
    expect(readFileSync(MAIN_FILE, 'utf8')).toMatch(/join\)\(process\.resourcesPath, "corpus"\)/);
  });

  it('references paths that exist after npm run build', () => {
    expect(join(ROOT, packageJson.main)).toBe(MAIN_FILE);
    expect(packageJson.main.replace(/^\.\//, '')).toMatch(/^out\//);
    for (const file of [MAIN_FILE, PRELOAD_FILE, join(RENDERER_DIR, 'index.html'), join(ROOT, 'package.json')]) {
      expect(existsSync(file), file).toBe(true);
    }
    for (const resource of config.extraResources as { from: string; filter: string[] }[]) {
      // A folder pattern (`index/**`) names the folder.
      for (const name of resource.filter.map((pattern) => pattern.replace(/\/\*\*$/, '')))
        expect(existsSync(join(ROOT, resource.from, name)), `${resource.from}/${name}`).toBe(true);
    }
  });

  it("is accepted by electron-builder's own configuration loader and schema", { timeout: 60_000 }, async () => {
    const loaded = await getConfig(ROOT, CONFIG_FILE, null);
    await expect(validateConfiguration(loaded, { isEnabled: false, add: () => {} } as never)).resolves.toBeUndefined();
    expect(loaded.electronFuses).toEqual(config.electronFuses);
  });
});
