/**
 * Contrast and accessibility in every state: axe (WCAG 2.2 AA and best practices) finds nothing,
 * and every bordered control's edge stands out from what is behind it (≥ 3:1), in light and dark,
 * at 1280 and 700 px, for reading, results, results scoped to one language, a hit opened with the
 * navigator, the search help, the export dialog, bookmarks with a note, parallel reading (English
 * with the Arabic beside it), About, Document info, and every notice and alert.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { openTestReader } from '../support/reader-services';
import { tempDir } from '../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Controls with a visible border whose edge has less than 3:1 contrast with the background behind
 * them (WCAG 1.4.11), as `name: ratio`. Disabled controls are exempt, as WCAG says.
 */
function weakControlEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (color: string): [number, number, number, number] => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]): number => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    /** The first opaque background at or above an element (the page's when none). */
    const backgroundBehind = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const color = rgb(getComputedStyle(at).backgroundColor);
        if (color[3] > 0.5) return color;
      }
      return rgb(getComputedStyle(document.body).backgroundColor);
    };
    const weak: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
      const style = getComputedStyle(control);
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || control.matches(':disabled') || style.visibility === 'hidden')
        continue;
      if (parseFloat(style.opacity) === 0 || parseFloat(style.borderTopWidth) === 0) continue;
      const border = rgb(style.borderTopColor);
      if (border[3] < 0.5) continue;
      const behind = backgroundBehind(control.parentElement);
      const own = rgb(style.backgroundColor);
      // A control is told apart by its border, or by a filled background of its own.
      const edge = Math.max(ratio(border, behind), own[3] > 0.5 ? ratio(own, behind) : 0);
      if (edge < 3)
        weak.push(`${control.getAttribute('aria-label') ?? control.textContent?.trim()}: ${edge.toFixed(2)}`);
    }
    return weak;
  });
}

/** Checks one state: axe, and the edges of the controls. */
async function check(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, { label });
  expect(await weakControlEdges(page), `weak control edges in ${label}`).toEqual([]);
}

async function openReader(theme: 'light' | 'dark', width: number): Promise<ReaderPage> {
  const reader = openTestReader();
  reader.userData.settings.update({ theme });
  const opened = await openReaderPage(browser, { hash: `#/${DOC}/${MECHANISMS}`, reader });
  await opened.page.setViewportSize({ width, height: 800 });
  await opened.page.getByRole('heading', { level: 2 }).first().waitFor();
  await expect.poll(() => opened.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  return opened;
}

/** Opens the sidebar if it is a closed drawer (a narrow window). */
async function showSidebar(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Sidebar' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/**
 * Sixteen axe runs over a page whose contents list every document of the library: 25–45 s each
 * here, over the e2e default of 60 s when other work shares the processor (nothing hangs).
 */
const MATRIX_TIMEOUT_MS = 270_000;

describe('every state passes axe and shows its controls, in both themes, wide and narrow', () => {
  const matrix = (['light', 'dark'] as const).flatMap((theme) => [1280, 700].map((width) => [theme, width] as const));

  it.each(matrix)(
    '%s theme at %i px',
    async (theme, width) => {
      const opened = await openReader(theme, width);
      const { page, reader } = opened;
      const at = (state: string) => `${state} (${theme}, ${width} px)`;
      try {
        await check(page, at('reading'));

        const box = page.getByRole('searchbox', { name: 'Search' });
        await box.fill('constrctive');
        const summary = page.getByRole('region', { name: 'Search results' }).getByRole('status');
        await expect.poll(() => summary.innerText()).toMatch(/showing results for/);
        await check(page, at('results with a notice'));
        // Results scoped to one language, right to left (Arabic), then back to every document.
        await showSidebar(page);
        const scope = page.getByRole('combobox', { name: 'Search in' });
        await scope.selectOption({ label: 'Arabic (1 document)' });
        await box.fill('حقوق');
        await expect.poll(() => summary.innerText()).toMatch(/^\d+ passages in \d+ sections\./);
        await check(page, at('results scoped to one language'));
        await scope.selectOption({ label: 'All documents' });
        await box.fill('special rapporteur');
        await expect.poll(() => summary.innerText()).toMatch(/passages? in/);
        await check(page, at('results'));

        await box.press('Enter');
        await page
          .getByRole('group', { name: 'Hits in this section' })
          .getByText(/Passage \d of \d/)
          .waitFor();
        await check(page, at('a hit opened with the navigator'));

        await page.getByRole('button', { name: 'Search syntax help' }).click();
        await page.getByRole('dialog', { name: 'How to search' }).waitFor();
        await check(page, at('search help'));
        await page.keyboard.press('Escape');
        await box.fill('');

        await page.getByRole('button', { name: 'Export or print…' }).click();
        await page.getByRole('dialog', { name: 'Export or print' }).waitFor();
        await check(page, at('export dialog'));
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

        await page
          .getByRole('region', { name: 'Paragraph 2' })
          .getByRole('button', { name: 'Bookmark paragraph 2' })
          .click();
        await expect.poll(() => page.locator('.status-text').innerText()).toBe('Bookmarked paragraph 2.');
        await check(page, at('a status message with its action'));
        await page.getByRole('button', { name: 'Add a note' }).click();
        await page.getByRole('textbox', { name: /^Note on/ }).fill('Check the 2020 cycle.');
        await check(page, at('the note editor'));
        await page.getByRole('button', { name: 'Save note' }).click();
        await showSidebar(page);
        await page.getByRole('region', { name: 'Bookmarks' }).locator('.bookmark-note').waitFor();
        await check(page, at('bookmarks with a note'));

        // An alert: the bookmarks cannot be saved where the reader chose.
        reader.saveDialog.answer = `${tempDir('reader-matrix-')}/missing/notes.md`;
        await page.getByRole('button', { name: 'Export as Markdown…' }).click();
        await page.locator('.status-line [role="alert"]').waitFor();
        await check(page, at('an alert in the status line'));
        await page.getByRole('button', { name: 'Close message' }).click();

        // A notice from main (e.g. a damaged settings file set aside).
        reader.events.tell('Your settings file could not be read; the defaults are used.');
        await page.getByRole('region', { name: 'Notices' }).waitFor();
        await check(page, at('a notice from main'));
        await page.getByRole('region', { name: 'Notices' }).getByRole('button', { name: 'Dismiss' }).click();

        // Parallel reading: the declaration's article 19 in English, the Arabic beside it (right to left).
        await page.evaluate(() => {
          window.location.hash = '#/udhr-eng/article-19?beside=udhr-arb';
        });
        await page.locator('article.beside-section h2', { hasText: 'المادة 19' }).waitFor();
        await page.getByRole('group', { name: 'Languages' }).getByRole('button', { name: 'Swap languages' }).waitFor();
        await check(page, at('parallel reading'));

        await page.getByRole('button', { name: 'About' }).click();
        await page
          .getByRole('dialog', { name: /^About/ })
          .getByText('Content fingerprint')
          .waitFor();
        await check(page, at('About'));
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

        // Document info, opened by its key, with the full fingerprint shown.
        await page.keyboard.press('Control+I');
        const info = page.getByRole('dialog', { name: 'Document info' });
        await info.getByRole('button', { name: 'Show full fingerprint' }).click();
        await info.locator('#full-fingerprint').waitFor();
        await check(page, at('document info open'));
        await page.keyboard.press('Escape');
      } finally {
        await opened.close();
      }
    },
    MATRIX_TIMEOUT_MS,
  );
});
