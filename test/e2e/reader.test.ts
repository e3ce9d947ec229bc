import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { normalizeSpace, readSeed } from '../support/seed';

let browser: Browser;
let reader: ReaderPage;

beforeAll(async () => {
  browser = await launchChromium();
  reader = await openReaderPage(browser);
});
afterAll(async () => {
  await reader?.close();
  await browser?.close();
});

describe('the built reader in Chromium, over the real preload and handlers', () => {
  it('opens on the first section with the table of contents', async () => {
    const { page } = reader;
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    // The first page load of the run (Chromium start-up, first bundle parse) can take seconds on a busy machine.
    await expect.poll(() => toc.getByRole('link').count(), { timeout: 15_000 }).toBe(5);
    const seed = readSeed();
    const titles = (await toc.getByRole('link').allInnerTexts()).map((text) =>
      normalizeSpace(text.replace(/^\d+\s*/, '')),
    );
    expect(titles).toEqual(['Opening statement', ...seed.headings]);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Opening statement' }).count()).toBe(1);
    expect(page.url()).toMatch(/#\/belarus-un-human-rights-cooperation\/opening-statement$/);
  });

  it('opens a section from the table of contents', async () => {
    const { page } = reader;
    await page
      .getByRole('navigation', { name: 'Table of contents' })
      .getByRole('link', { name: /Bilateral human rights dialogues/ })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' }).count())
      .toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('main')
          .getByRole('region', { name: /^Paragraph \d+$/ })
          .count(),
      )
      .toBe(2);
  });

  it('searches a word and lands on the paragraph that holds it, highlighted', async () => {
    const { page } = reader;
    await page.getByRole('searchbox', { name: 'Search' }).fill('NHRAP');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.getByRole('status').innerText()).toMatch(/^2 passages in 1 section/);
    await results.getByRole('option').filter({ hasText: 'needs-assessment' }).click();
    await expect
      .poll(() => page.url())
      .toMatch(/cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights\/p4$/);
    const target = page.getByRole('region', { name: 'Paragraph 4' });
    await expect.poll(() => target.locator('mark').allInnerTexts()).toEqual(['NHRAP']);
    await expect.poll(() => target.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  });

  it('shows every paragraph of the seed verbatim, none missing, none repeated', async () => {
    const { page } = reader;
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const links = toc.getByRole('link');
    const shown: string[] = [];
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).click();
      const heading = normalizeSpace((await links.nth(i).innerText()).replace(/^\d+\s*/, ''));
      await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText()).toBe(heading);
      const passages = await page
        .getByRole('main')
        .evaluate((main) =>
          Array.from(main.querySelectorAll('.paragraph-text, .paragraph-list li')).map(
            (element) => element.textContent ?? '',
          ),
        );
      shown.push(...passages.map(normalizeSpace));
    }
    expect(shown).toEqual(readSeed().passages);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('makes no request beyond its own origin', () => {
    const foreign = reader.requests.filter((url) => !url.startsWith(reader.server.origin));
    expect(reader.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
