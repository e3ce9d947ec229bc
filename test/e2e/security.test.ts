/**
 * Security in the BUILT renderer, in Chromium, with the BUILT preload and the real handlers: what
 * the page can see, what the CSP blocks, what a link to the web does, and how a tampered corpus shows.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardPath } from '../../src/main/search/index-loader';
import { shortFingerprint } from '../../src/shared/fingerprint';
import { API_METHODS } from '../../src/shared/contract';
import type { CorpusCatalog, CorpusDocument } from '../../src/shared/corpus-types';
import { documentPath } from '../../src/main/corpus/corpus-loader';
import { foreignRequests } from '../support/offline-guard';
import { CORPUS_DIR } from '../support/paths';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { openTestReader } from '../support/reader-services';
import { tempDir } from '../support/temp-folders';

let browser: Browser;
/** The reader as built, shared by the tests that do not need a corpus of their own. */
let shared: ReaderPage;
const pages: ReaderPage[] = [];

async function open(options: Parameters<typeof openReaderPage>[1] = {}): Promise<ReaderPage> {
  const reader = await openReaderPage(browser, options);
  pages.push(reader);
  await reader.page.getByRole('heading', { level: 2 }).first().waitFor();
  return reader;
}

beforeAll(async () => {
  browser = await launchChromium();
  shared = await open();
});
afterAll(async () => {
  for (const reader of pages) await reader.close();
  await browser?.close();
});

describe('what the page can reach', () => {
  it("sees window.reader with the contract's methods only, and no Node or Electron object", async () => {
    const { page, server } = shared;
    const seen = (await page.evaluate(`({
      reader: Object.keys(window.reader),
      frozen: Object.isFrozen(window.reader),
      types: {
        require: typeof require, process: typeof process, module: typeof module, exports: typeof exports,
        ipcRenderer: typeof ipcRenderer, electron: typeof electron, Buffer: typeof Buffer, global: typeof global,
      },
      globals: Object.getOwnPropertyNames(window),
    })`)) as { reader: string[]; frozen: boolean; types: Record<string, string>; globals: string[] };
    expect(seen.reader.sort()).toEqual(Object.keys(API_METHODS).sort());
    expect(seen.frozen).toBe(true);
    expect(Object.values(seen.types)).toEqual(Object.values(seen.types).map(() => 'undefined'));

    // The same page without the preload: the only global the preload adds is `reader` (the others
    // are the test transport standing in for Electron's IPC: Playwright's binding).
    const bare = await browser.newContext();
    const barePage = await bare.newPage();
    await barePage.goto(`${server.origin}/index.html`);
    const bareGlobals = (await barePage.evaluate('Object.getOwnPropertyNames(window)')) as string[];
    await bare.close();
    const testTransport = (name: string) => name === '__readerInvoke' || name.startsWith('__playwright__binding__');
    expect(seen.globals.filter((name) => !bareGlobals.includes(name) && !testTransport(name))).toEqual(['reader']);
  });

  it('cannot fetch, load a remote image or script, run inline script or eval: the CSP header blocks them', async () => {
    const reader = shared;
    const failed: string[] = [];
    reader.page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    const outcome = (await reader.page.evaluate(`(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const loads = (element, url) => new Promise((resolve) => {
        element.onload = () => resolve('loaded');
        element.onerror = () => resolve('blocked');
        element.src = url;
        document.body.append(element);
      });
      const fetched = await fetch('https://example.com/data.json').then(() => 'fetched', () => 'blocked');
      const image = await loads(new Image(), 'https://example.com/pixel.png');
      const script = await loads(document.createElement('script'), 'https://example.com/tracker.js');
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      let evaluated = 'blocked';
      try { eval('1'); evaluated = 'ran'; } catch {}
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, image, script, inline: window.__inlineRan ? 'ran' : 'blocked', evaluated, violations: [...new Set(violations)].sort() };
    })()`)) as Record<string, unknown>;
    expect(outcome).toEqual({
      fetched: 'blocked',
      image: 'blocked',
      script: 'blocked',
      inline: 'blocked',
      evaluated: 'blocked',
      violations: ['connect-src', 'img-src', 'script-src-elem', 'script-src'].sort(),
    });
    // The recorder sees even attempts the CSP stops before the network (so the offline check after
    // this file would fail on them): these two were made by this test, and blocked.
    const attempts = ['https://example.com/pixel.png', 'https://example.com/tracker.js'];
    expect(foreignRequests(reader.requests, reader.server.origin)).toEqual(attempts);
    expect(failed).toEqual(attempts.map((url) => `${url} csp`));
    reader.requests.splice(0, reader.requests.length, ...reader.requests.filter((url) => !attempts.includes(url)));
  });
});

describe('links to the web', () => {
  it('are shown, not followed: a click or middle-click shows the address and the page stays', async () => {
    const reader = shared;
    const { page, context } = reader;
    await page.evaluate(`(() => {
      const link = document.createElement('a');
      link.href = 'https://example.com/report.pdf';
      link.textContent = 'the report on the web';
      document.querySelector('article').append(link);
    })()`);
    const before = page.url();
    const link = page.getByRole('link', { name: 'the report on the web' });
    await link.click();
    const notice = page.getByRole('dialog', { name: 'This link leads to the web' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('https://example.com/report.pdf');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.evaluate('document.activeElement.textContent')).toBe('the report on the web');

    await link.click({ button: 'middle' });
    await link.click({ modifiers: ['Shift'] });
    await expect.poll(() => notice.isVisible()).toBe(true);
    await page.waitForTimeout(200);
    expect(page.url()).toBe(before);
    expect(context.pages()).toHaveLength(1);
    expect(reader.requests.filter((url) => url.includes('example.com'))).toEqual([]);
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it("still follow the app's own links", async () => {
    const { page } = shared;
    const before = page.url();
    await page.getByRole('link', { name: 'Next section →' }).click();
    await expect.poll(() => page.url()).not.toBe(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('tamper evidence', () => {
  it('shows a distinct alert when the corpus no longer matches its content hash, and still shows the text', async () => {
    const dir = tempDir('reader-tampered-');
    cpSync(CORPUS_DIR, dir, { recursive: true });
    // The document opened first is edited in its own file; the catalog and its stamp are left as built.
    const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusCatalog;
    const corpusFile = documentPath(dir, corpus.documents[0]!.id);
    const document = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusDocument;
    const paragraph = document.sections[0]!.paragraphs[0]!;
    paragraph.text = `${paragraph.text} [This sentence was added after the build.]`;
    writeFileSync(corpusFile, JSON.stringify(document));
    rmSync(shardPath(dir, corpus.documents[0]!.id));

    const reader = openTestReader(dir);
    const { integrity } = reader.services.status;
    const { page } = await open({ reader });
    const alert = page.getByRole('alert', { name: 'This document may have been altered' });
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain(
      `expected ${shortFingerprint(corpus.stamp.contentHash)}, found ${shortFingerprint(integrity.actualHash)}`,
    );
    // The one short form of a fingerprint; the full hash is on demand, in Document info.
    expect(text).toContain(
      `Fingerprint recorded at build: ${shortFingerprint(corpus.stamp.contentHash)}; fingerprint of the text as opened: ${shortFingerprint(integrity.actualHash)}`,
    );
    expect(text).not.toContain(corpus.stamp.contentHash);
    expect(text).toContain('the full hash is in Document info');
    expect(text).toContain(corpusFile);
    // Not silently accepted, not hidden either: the reader sees the changed text under the alert.
    await expect.poll(() => page.getByRole('main').innerText()).toContain('[This sentence was added after the build.]');
    // Routine notices stay in the polite banner, apart from the alert, which they do not repeat.
    const banner = page.getByRole('status').filter({ hasText: 'The search index was rebuilt in memory' });
    expect(await banner.count()).toBe(1);
    expect(await banner.innerText()).not.toContain('does not match its stamp');
    expect(text).not.toContain('The search index was rebuilt');
  });

  it('shows no alert for the corpus as built', async () => {
    const { page } = shared;
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
