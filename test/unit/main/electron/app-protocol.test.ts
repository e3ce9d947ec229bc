import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveAppPath, serveAppFile } from '../../../../src/main/electron/app-protocol';
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
