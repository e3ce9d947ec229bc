/**
 * The layout in Chromium, measured: no horizontal overflow from 480 px up (at 100 % and 200 %
 * text), one header row at 700 px, 45–75 characters a line, the drawer of a narrow window,
 * reading mode, and no focus box on the first screen until the keyboard is used.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { openTestReader } from '../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';

let browser: Browser;
const open: ReaderPage[] = [];

async function openReader(width: number, textScale = 1, hash = `#/${DOC}/${MECHANISMS}`): Promise<ReaderPage> {
  const reader = openTestReader();
  reader.userData.settings.update({ textScale });
  const opened = await openReaderPage(browser, { hash, reader });
  open.push(opened);
  await opened.page.setViewportSize({ width, height: 800 });
  await opened.page.getByRole('heading', { level: 2 }).first().waitFor();
  await expect
    .poll(() => opened.page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale')))
    .toBe(String(textScale));
  return opened;
}

/** How far the page reaches past the window's right edge (0: nothing is cut off or scrolls sideways). */
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** Elements whose right edge is past the window's (text cut off inside a pane that does not scroll the page). */
const cutOff = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.app *'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > window.innerWidth + 1 && !element.closest('[hidden]');
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );

/** Average characters per line of a paragraph's text: its characters over its lines. */
const charactersPerLine = (page: Page, paragraphId: string) =>
  page.locator(`#${paragraphId} .paragraph-text`).evaluate((element) => {
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    const lines = Math.round(element.getBoundingClientRect().height / lineHeight);
    return (element.textContent ?? '').length / lines;
  });

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('no horizontal overflow from 480 px', () => {
  it.each([1, 2])('at 480 px and %s× text: reading, results, a hit opened, the drawer', async (scale) => {
    const { page } = await openReader(480, scale);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await cutOff(page)).toEqual([]);
    const box = page.getByRole('searchbox', { name: 'Search the document' });
    await box.fill('special rapporteur');
    await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await box.press('Enter');
    await page
      .getByRole('group', { name: 'Hits in this section' })
      .getByText(/Passage \d of \d/)
      .waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await cutOff(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sidebar' }).click();
    await page.getByRole('tablist', { name: 'Sidebar' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});

describe('the header and the text column', () => {
  it('keeps the header to one row at 700 px', async () => {
    const { page } = await openReader(700);
    const rows = await page.evaluate(() => {
      const header = document.querySelector('.app-header')!;
      const tops = Array.from(header.children)
        .map((child) => child.getBoundingClientRect())
        .filter((box) => box.width > 1)
        .map((box) => Math.round(box.top + box.height / 2));
      return { spread: Math.max(...tops) - Math.min(...tops), height: header.getBoundingClientRect().height };
    });
    expect(rows.spread).toBeLessThanOrEqual(4);
    const button = await page.getByRole('button', { name: 'About' }).boundingBox();
    expect(rows.height).toBeLessThan(button!.height * 2);
  });

  it.each([1280, 700, 480])('keeps 45–75 characters a line at %i px', async (width) => {
    const { page } = await openReader(width);
    for (const id of ['p1', 'p4']) {
      const perLine = await charactersPerLine(page, id);
      expect(perLine).toBeGreaterThanOrEqual(45);
      expect(perLine).toBeLessThanOrEqual(75);
    }
  });

  it('scales headings, text, numbers and controls together from 80 % to 200 %', async () => {
    const sizes = async (scale: number) => {
      const { page } = await openReader(1280, scale);
      return page.evaluate(() => {
        const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
        return {
          text: size('.paragraph-text'),
          heading: size('.section-header h2'),
          number: size('.paragraph-number'),
          control: size('.reader-toolbar button'),
          contents: size('.toc-link'),
        };
      });
    };
    const normal = await sizes(1);
    for (const scale of [0.8, 2]) {
      const scaled = await sizes(scale);
      for (const key of Object.keys(normal) as (keyof typeof normal)[])
        expect(scaled[key] / normal[key], key).toBeCloseTo(scale, 1);
      expect(scaled.heading).toBeGreaterThan(scaled.text);
    }
  });
});

describe('the drawer and reading mode', () => {
  it('below 900 px the sidebar is a drawer over the text, opened and closed by button and keys', async () => {
    const { page } = await openReader(700);
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    const pane = await page.getByRole('main').boundingBox();
    expect(pane!.x).toBeLessThan(1);
    await page.getByRole('button', { name: 'Sidebar' }).click();
    expect(await sidebar.isVisible()).toBe(true);
    // Over the text, not beside it: the text does not move.
    expect((await page.getByRole('main').boundingBox())!.x).toBe(pane!.x);
    await page.getByRole('tab', { name: 'Contents' }).press('Escape');
    expect(await sidebar.isVisible()).toBe(false);
    await page.keyboard.press('Control+Shift+L');
    expect(await sidebar.isVisible()).toBe(true);
  });

  it('reading mode hides all chrome; Escape brings it back', async () => {
    const { page } = await openReader(1280);
    await page.keyboard.press('F9');
    for (const selector of ['.app-header', '#sidebar', '.app-footer .status-line.open'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.getByRole('main').boundingBox()).toMatchObject({ x: 0, width: 1280 });
    await page.keyboard.press('Escape');
    expect(await page.locator('.app-header').isVisible()).toBe(true);
  });
});

describe('quiet notices', () => {
  it('shows no focus box on the first screen until the keyboard is used', async () => {
    const { page } = await openReader(1280);
    const outline = () =>
      page.evaluate(() => {
        const focused = document.activeElement!;
        return { tag: focused.tagName, style: getComputedStyle(focused).outlineStyle };
      });
    await expect.poll(outline).toEqual({ tag: 'H2', style: 'none' });
    await page.keyboard.press('ArrowDown');
    expect(await outline()).toEqual({ tag: 'H2', style: 'solid' });
  });
});
