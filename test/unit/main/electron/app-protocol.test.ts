import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerAppRequest,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  resolveAppPath,
  serveAppFile,
} from '../../../../src/main/electron/app-protocol';
import { renderErrorPage } from '../../../../src/main/electron/error-page';
import { tempDir } from '../../../support/temp-folders';

function site(): string {
  const root = tempDir('reader-site-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Reader</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  return root;
}

describe('app:// protocol resolver', () => {
  it('serves files under the root with the strict CSP and the right type', async () => {
    const root = site();
    const page = await serveAppFile(root, '/');
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toMatch(/text\/html/);
    expect(page.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    const script = await serveAppFile(root, '/assets/app.js');
    expect(script.headers['Content-Type']).toMatch(/text\/javascript/);
    expect(String(script.body)).toBe('console.log(1)');
  });

  it('never serves anything outside the root', async () => {
    const root = site();
    for (const path of ['/../secret', '/..%2F..%2Fetc%2Fpasswd', '/assets/../../x', '/%00', '/%E0%A4%A']) {
      const resolved = resolveAppPath(root, path);
      expect(resolved === null || resolved.startsWith(root)).toBe(true);
      expect((await serveAppFile(root, path)).status).toBe(404);
    }
  });

  it('refuses a symbolic link that leads outside the root, and follows one that stays inside', async () => {
    const root = site();
    const outside = tempDir('reader-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'private notes');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'linked.txt'));
    symlinkSync(outside, join(root, 'elsewhere'));
    symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
    for (const path of ['/assets/linked.txt', '/elsewhere/secret.txt']) {
      const answer = await serveAppFile(root, path);
      expect(answer.status, path).toBe(404);
      expect(String(answer.body)).not.toContain('private');
    }
    expect(String((await serveAppFile(root, '/alias.js')).body)).toBe('console.log(1)');
  });

  it('answers the app’s own origin only: app://reader, no other host, port or user', async () => {
    const root = site();
    expect((await answerAppRequest(root, 'app://reader/assets/app.js', null)).status).toBe(200);
    for (const url of [
      'app://evil/assets/app.js',
      'app://reader.example.com/assets/app.js',
      'app://reader:99/assets/app.js',
      'app://me@reader/assets/app.js',
    ]) {
      expect((await answerAppRequest(root, url, null)).status, url).toBe(404);
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('app://reader')).toBe(true);
  });

  it('shows the error page instead of the reader when the corpus is unusable', async () => {
    const root = site();
    const answer = await serveAppFile(
      root,
      '/index.html',
      renderErrorPage('The document collection is missing. <b>', '/x/corpus.json'),
    );
    expect(String(answer.body)).toContain('The reader cannot open its documents');
    expect(String(answer.body)).toContain('/x/corpus.json');
    expect(String(answer.body)).toContain('missing. &#60;b&#62;');
    expect(String(answer.body)).not.toMatch(/<script|style=/);
  });

  it('allows no remote origin, eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});
