/**
 * No update checks, telemetry or crash uploads: the BUILT main process, its search host and the
 * preload (what ships) contain no crash reporter, updater, network client or call that opens a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIN_FILE, PRELOAD_FILE } from '../../../support/paths';
import { HOST_BUILT_ENTRY } from '../../../support/search-host';

/** APIs that would phone home or leave the app, and why each is banned. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bcrashReporter\b/, 'crash reports are uploaded to a server'],
  [/\bautoUpdater\b|electron-updater|update-electron-app|checkForUpdates|setFeedURL/, 'update checks contact a server'],
  [/\bopenExternal\b|\bopenPath\b/, 'opens a browser or another program'],
  [/\bnet\.(request|fetch)\b|\belectron\.net\b|\bnet\s*}\s*=\s*require\("electron"\)/, "Electron's network client"],
  [/\bfetch\s*\(/, 'fetch() reaches the network'],
  [/require\("(node:)?(http|https|http2|net|tls|dgram|dns)"\)/, "Node's network modules"],
  [/\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b/, 'a network request'],
  [/https?:\/\/(?!www\.w3\.org\/)/, 'a web address (only XML namespaces are expected)'],
];

function violations(source: string): string[] {
  return FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([pattern, why]) => `${pattern}: ${why}`);
}

describe('the built app has no way to phone home', () => {
  it('main and the search host (every built file, shared chunks included): no crash reporter, updater, network client, web address or openExternal', () => {
    const files = readdirSync(dirname(MAIN_FILE), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(dirname(MAIN_FILE), name));
    expect(files).toContain(MAIN_FILE);
    expect(files).toContain(HOST_BUILT_ENTRY);
    for (const file of files) expect(violations(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('preload: requires nothing but electron, and uses no network API', () => {
    const preload = readFileSync(PRELOAD_FILE, 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(violations(preload)).toEqual([]);
  });

  it('recognises each banned API (the scan can fail)', () => {
    const samples = [
      'electron.crashReporter.start({ uploadToServer: true })',
      'electron.autoUpdater.checkForUpdates()',
      'electron.shell.openExternal(url)',
      'electron.net.request("x")',
      'await fetch(url)',
      'const https = require("node:https")',
      'new WebSocket(url)',
      'const TELEMETRY = "https://telemetry.example.com/collect"',
    ];
    expect(samples.map((sample) => violations(sample).length)).toEqual(samples.map(() => 1));
  });
});
