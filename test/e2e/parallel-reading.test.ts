/**
 * Parallel reading in Chromium: article 19 in English with the Arabic beside it. The Arabic
 * column is labelled ar and runs right to left (computed), each paragraph starts on the line of
 * its translation, and both columns fit the window, side by side at 1280 px and stacked at 700 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { openTestReader } from '../support/reader-services';

let browser: Browser;
const open: ReaderPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

async function openArticle19(width: number): Promise<Page> {
  const opened = await openReaderPage(browser, { hash: '#/udhr-eng/article-19', reader: openTestReader() });
  open.push(opened);
  const { page } = opened;
  await page.setViewportSize({ width, height: 800 });
  await page.getByRole('heading', { level: 2, name: 'Article 19' }).waitFor();
  await page
    .getByRole('group', { name: 'Languages' })
    .getByRole('combobox', { name: 'Read beside' })
    .selectOption('udhr-arb');
  await page.locator('article.beside-section h2', { hasText: 'المادة 19' }).waitFor();
  return page;
}

/** The two columns' boxes, and what the page reaches past the window's right edge. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width };
    };
    const pane = document.querySelector('.reading-pane')!;
    return {
      english: box('.parallel-columns > article.section'),
      arabic: box('.parallel-columns > article.beside-section'),
      pageOverflow: document.scrollingElement!.scrollWidth - window.innerWidth,
      paneOverflow: pane.scrollWidth - pane.clientWidth,
      width: window.innerWidth,
    };
  });

describe('English article 19 with the Arabic beside it', () => {
  it('puts the Arabic in the address, labels it ar and lays it right to left, the English left to right', async () => {
    const page = await openArticle19(1280);
    expect(await page.evaluate(() => location.hash)).toBe('#/udhr-eng/article-19?beside=udhr-arb');
    const arabic = page.locator('article.beside-section');
    expect(await arabic.getAttribute('lang')).toBe('ar');
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(
      await arabic
        .locator('.paragraph-text')
        .evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction]),
    ).toEqual(['ar', 'rtl']);
    const english = page.locator('.parallel-columns > article.section');
    expect(
      await english.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction]),
    ).toEqual(['en', 'ltr']);
    // Right to left: the Arabic paragraph's number is at the column's right edge, its text ends at the left.
    const [number, text] = await arabic
      .locator('.beside-paragraph')
      .first()
      .evaluate((row) => [
        row.querySelector('.paragraph-number')!.getBoundingClientRect().left,
        row.querySelector('.paragraph-text')!.getBoundingClientRect().left,
      ]);
    expect(number!).toBeGreaterThan(text!);
  });

  it('at 1280 px: side by side, paragraph beside paragraph, both wholly visible, nothing overflows', async () => {
    const page = await openArticle19(1280);
    const { english, arabic, pageOverflow, paneOverflow, width } = await measure(page);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    expect(paneOverflow).toBeLessThanOrEqual(0);
    expect(arabic.left).toBeGreaterThanOrEqual(english.right);
    expect(arabic.right).toBeLessThanOrEqual(width);
    expect(english.width).toBeGreaterThan(250);
    expect(arabic.width).toBeGreaterThan(250);
    // Aligned by rows: the section titles share a row, and so do the paragraphs.
    const tops = await page.evaluate(() =>
      ['.parallel-columns > article.section #p1', '.beside-paragraph'].map(
        (selector) => document.querySelector(selector)!.getBoundingClientRect().top,
      ),
    );
    expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(2);
  });

  it('at 700 px: the columns stack, both wholly visible, nothing overflows', async () => {
    const page = await openArticle19(700);
    const { english, arabic, pageOverflow, paneOverflow, width } = await measure(page);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    expect(paneOverflow).toBeLessThanOrEqual(0);
    expect(arabic.top).toBeGreaterThanOrEqual(english.bottom);
    for (const column of [english, arabic]) {
      expect(column.left).toBeGreaterThanOrEqual(0);
      expect(column.right).toBeLessThanOrEqual(width);
      expect(column.width).toBeGreaterThan(400);
    }
  });

  it('back closes the second column, forward brings it back', async () => {
    const page = await openArticle19(1280);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/udhr-eng/article-19');
    await expect.poll(() => page.locator('article.beside-section').count()).toBe(0);
    await page.getByRole('button', { name: 'Forward' }).click();
    await page.locator('article.beside-section h2', { hasText: 'المادة 19' }).waitFor();
  });
});
