/**
 * Search in the BUILT renderer, in Chromium, over the real preload and handlers: typed by keyboard
 * only, with real layout (the current hit is scrolled into view) and an axe-core scan of every
 * search state (results, hits in the text, help popover).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';

let browser: Browser;
let reader: ReaderPage;

beforeAll(async () => {
  browser = await launchChromium();
});
beforeEach(async () => {
  await reader?.close();
  reader = await openReaderPage(browser);
  await expect
    .poll(() => reader.page.getByRole('heading', { level: 2, name: 'Opening statement' }).count(), { timeout: 10_000 })
    .toBe(1);
});
afterAll(async () => {
  await reader?.close();
  await browser?.close();
});

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const summary = (page: Page) => page.getByRole('region', { name: 'Search results' }).getByRole('status');

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** True when the element is inside the reading pane's visible area. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const pane = document.querySelector('.reading-pane');
    if (!element || !pane) return false;
    const box = element.getBoundingClientRect();
    const frame = pane.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }, selector);
}

describe('search in the built reader, by keyboard', () => {
  it('types, opens a result with Enter, and walks the passages with hits, the unit the results count', async () => {
    const { page } = reader;
    await page.keyboard.press('Control+f');
    await expect.poll(() => box(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('special procedures');
    await expect.poll(() => summary(page).innerText(), { timeout: 10_000 }).toMatch(/^4 passages in 1 section/);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await box(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const navigator = page.getByRole('group', { name: 'Hits in this section' });
    await expect.poll(() => navigator.innerText(), { timeout: 10_000 }).toMatch(/Passage \d+ of \d+/);
    const total = Number((await navigator.innerText()).match(/of (\d+)/)![1]);
    // The pane counts what the results counted: 4 passages.
    expect(total).toBe(4);
    // Every hit of the section is marked in the text, not only in the opened paragraph: in each of its passages.
    expect(await page.getByRole('main').locator('[data-paragraph]:has(mark)').count()).toBe(total);
    expect(await page.getByRole('main').locator('mark').count()).toBeGreaterThanOrEqual(total);
    expect(await box(page).evaluate((input) => input === document.activeElement)).toBe(true);
    const first = Number((await navigator.innerText()).match(/(\d+) of/)![1]);

    for (let step = 1; step <= total; step++) {
      await page.keyboard.press(step % 2 ? 'Enter' : 'F3');
      const expected = ((first - 1 + step) % total) + 1;
      await expect.poll(() => navigator.innerText()).toContain(`${expected} of ${total}`);
      expect(await inView(page, 'mark.current-hit')).toBe(true);
    }
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => navigator.innerText()).toContain(`${first === 1 ? total : first - 1} of ${total}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Escape clears the search and its highlights; Back returns to where the reader was', async () => {
    const { page } = reader;
    await page
      .getByRole('navigation', { name: 'Table of contents' })
      .getByRole('link', { name: /Bilateral/ })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' }).count())
      .toBe(1);
    const before = page.url();
    await box(page).click();
    await page.keyboard.type('NHRAP');
    await expect.poll(() => summary(page).innerText(), { timeout: 10_000 }).toMatch(/^2 passages/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main').locator('mark').count()).toBe(2);
    await page.getByRole('button', { name: /Back to where you were/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' }).count())
      .toBe(1);
    expect(page.url().startsWith(before)).toBe(true);
    expect(await page.getByRole('main').locator('mark').count()).toBe(0);

    await box(page).click();
    await page.keyboard.type('UPR');
    await expect.poll(() => summary(page).innerText(), { timeout: 10_000 }).toMatch(/^2 passages/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main').locator('mark').count()).toBe(3);
    await page.keyboard.press('Escape');
    await expect.poll(() => box(page).inputValue()).toBe('');
    await expect.poll(() => page.getByRole('main').locator('mark').count()).toBe(0);
    await expect.poll(() => page.getByRole('navigation', { name: 'Table of contents' }).count()).toBe(1);
  });

  it('explains the query language in an accessible popover that Escape closes', async () => {
    const { page } = reader;
    const help = page.getByRole('button', { name: 'Search syntax help' });
    await help.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('dialog', { name: 'How to search' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await help.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('chooses where to search with "Search in": each document group in its language, a hit opened there highlighted', async () => {
    const { page } = reader;
    const results = page.getByRole('region', { name: 'Search results' });
    const scope = page.getByRole('combobox', { name: 'Search in' });
    const groups = results.locator('.result-document');
    /** Each document group's `lang` and `dir`, in the order shown. */
    const groupLanguages = () =>
      groups.evaluateAll((nodes: HTMLElement[]) => nodes.map((node) => `${node.lang} ${node.dir}`));
    await box(page).click();
    await page.keyboard.type('права');
    // All documents (the default): the Russian document first, then the Belarusian one.
    await expect.poll(() => summary(page).innerText(), { timeout: 10_000 }).toMatch(/ of 2 documents/);
    expect(await scope.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text)).toBe('All documents');
    expect(await groupLanguages()).toEqual(['ru ltr', 'be ltr']);
    expect(await groups.first().locator('.result-document-title').innerText()).toBe(
      'Всеобщая декларация прав человека Russian',
    );

    // One language: the query runs again there, at once.
    await scope.selectOption({ label: 'Belarusian (1 document)' });
    await expect.poll(() => groupLanguages()).toEqual(['be ltr']);
    expect(await summary(page).innerText()).not.toMatch(/documents/);
    expect(await axeViolations(page)).toEqual([]);

    // Open a Belarusian hit: its words are marked in the Belarusian text, in the scope they were found in.
    await results.getByRole('option').first().click();
    await expect.poll(() => page.getByRole('main').locator('mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const navigator = page.getByRole('group', { name: 'Hits in this section' });
    await expect.poll(() => navigator.innerText()).toMatch(/Passage \d+ of \d+/);

    // "This document" follows the document open now (the Belarusian one); the choice stays for new queries.
    await scope.selectOption({ label: 'This document' });
    await box(page).fill('');
    await box(page).fill('правы');
    await expect.poll(() => groupLanguages()).toEqual(['be ltr']);

    // Arabic, right to left; then a query in a script no English document uses names the languages searched.
    await scope.selectOption({ label: 'Arabic (1 document)' });
    await box(page).fill('حقوق');
    await expect.poll(() => groupLanguages()).toEqual(['ar rtl']);
    expect(await axeViolations(page)).toEqual([]);
    await scope.selectOption({ label: 'English (2 documents)' });
    await expect
      .poll(() => summary(page).textContent())
      .toBe(
        'No results. No passage matches “حقوق”: it is written in Arabic script, and the documents searched are in English.',
      );
  });

  it('malformed queries never break the page', async () => {
    const { page } = reader;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await box(page).click();
    for (const query of ['title:', 'foo~', '*', '"unbalanced', '😀', 'حقوق', '\u202e\u0007', 'x'.repeat(2000)]) {
      await box(page).fill(query);
      await expect
        .poll(
          async () =>
            (await page.getByRole('alert').count()) +
            (await page.getByRole('region', { name: 'Search results' }).count()),
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
    }
    await box(page).fill('CEDAW');
    await expect.poll(() => summary(page).innerText(), { timeout: 10_000 }).toMatch(/^1 passage in 1 section/);
    expect(errors).toEqual([]);
  });
});
