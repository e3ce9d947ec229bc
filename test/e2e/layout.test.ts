/**
 * The layout in Chromium, measured: no horizontal overflow from 480 px up (at 100 % and 200 %
 * text), one header row from 700 to 1280 px (the document's descriptive title, heading as published
 * and issuer on one line each), 45–75 characters a line, the drawer of a narrow window,
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
    const box = page.getByRole('searchbox', { name: 'Search' });
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

describe('Document info in a narrow window', () => {
  it('fits 480 px: the dialog and its full fingerprint stay inside the window', async () => {
    const { page } = await openReader(480);
    await page.getByRole('button', { name: 'Document info' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document info' });
    await dialog.getByRole('button', { name: 'Show full fingerprint' }).click();
    const full = dialog.locator('#full-fingerprint');
    await full.waitFor();
    for (const box of [await dialog.boundingBox(), await full.boundingBox()]) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(480);
    }
    expect(await full.innerText()).toMatch(/^[0-9a-f\s]{64,}$/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});

describe('the header and the text column', () => {
  it.each([1280, 1000, 900, 700])(
    'keeps the header to one row at %i px, Document info and About in it',
    async (width) => {
      const { page } = await openReader(width);
      const rows = await page.evaluate(() => {
        const header = document.querySelector('.app-header')!;
        const tops = Array.from(header.children)
          .map((child) => child.getBoundingClientRect())
          .filter((box) => box.width > 1)
          .map((box) => Math.round(box.top + box.height / 2));
        return { spread: Math.max(...tops) - Math.min(...tops), height: header.getBoundingClientRect().height };
      });
      expect(rows.spread).toBeLessThanOrEqual(4);
      const about = await page.getByRole('button', { name: 'About' }).boundingBox();
      const info = await page.getByRole('button', { name: 'Document info' }).boundingBox();
      expect(rows.height).toBeLessThan(about!.height * 2);
      // One row of controls: Document info beside About, inside the window.
      expect(Math.abs(info!.y - about!.y)).toBeLessThanOrEqual(2);
      expect(about!.x + about!.width).toBeLessThanOrEqual(width);
    },
  );

  it('names the document in a wide header by its descriptive title, the heading as published and the issuer on one line each', async () => {
    const { page } = await openReader(1280);
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.innerText()).toBe(
      'Statement of the Republic of Belarus on cooperation with the UN human rights system',
    );
    const lines = await page.evaluate(() => {
      const measure = (selector: string) => {
        const element = document.querySelector<HTMLElement>(selector)!;
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        return { text: element.textContent, lines: tops.size, right: element.getBoundingClientRect().right };
      };
      return {
        title: measure('.app-title h1'),
        byline: measure('.app-title .issuer'),
        searchLeft: document.querySelector('.search-box')!.getBoundingClientRect().left,
      };
    });
    expect(lines.byline.text).toBe(
      'Published as “The United Nations High Commissioner for Human Rights” · Ministry of Foreign Affairs of the Republic of Belarus',
    );
    for (const line of [lines.title, lines.byline]) {
      expect(line.lines).toBe(1);
      expect(line.right).toBeLessThanOrEqual(lines.searchLeft);
    }
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
