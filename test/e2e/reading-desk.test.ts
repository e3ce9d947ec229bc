import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';
import { locateParagraph } from '../../src/main/corpus/citation-source';
import { openTestReader, type TestReader } from '../support/reader-services';
import { tempDir } from '../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const OHCHR = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';
const TREATY = 'cooperation-with-human-rights-treaty-bodies';

let browser: Browser;
const open: ReaderPage[] = [];

async function openReader(hash = `#/${DOC}/${OHCHR}`, userDataDir?: string): Promise<ReaderPage> {
  const reader = openTestReader(undefined, userDataDir ? { userDataDir } : {});
  const page = await openReaderPage(browser, { hash, reader });
  open.push(page);
  await page.page.getByRole('heading', { level: 2 }).first().waitFor();
  return page;
}

/** The verbatim text of a paragraph of the OHCHR section, from the corpus the page is served. */
const textOf = (reader: TestReader, paragraphId: string) =>
  locateParagraph(reader.services.store, DOC, OHCHR, paragraphId)!.paragraph.text;
const paragraph = (page: Page, number: number) =>
  page.getByRole('main').getByRole('region', { name: `Paragraph ${number}` });
const statusText = (page: Page) => page.locator('.status-text').innerText();
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).innerText();

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const page of open.splice(0)) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('copy with citation, in the built reader over the real preload and handlers', () => {
  it('copies a paragraph with its citation from the Cite button, as text and HTML', async () => {
    const { page, reader } = await openReader();
    await paragraph(page, 2).getByRole('button', { name: 'Cite paragraph 2 (copy with citation)' }).click();
    await expect.poll(() => statusText(page)).toBe('Copied paragraph 2 with its citation.');
    const text = textOf(reader, 'p2');
    expect(reader.clipboard.writes).toEqual([
      {
        text: `“${text}”\n— Ministry of Foreign Affairs of the Republic of Belarus, [Statement of the Republic of Belarus on cooperation with the UN human rights system] (headed “The United Nations High Commissioner for Human Rights”), section 3 “Cooperation with the Office of the UN High Commissioner for Human Rights”, paragraph 2.`,
        html: expect.stringContaining(`<blockquote><p>“${text}”</p></blockquote>`),
      },
    ]);
  });

  it('copies a list item reached by keyboard with Ctrl+Shift+C', async () => {
    const { page, reader } = await openReader(`#/${DOC}/${MECHANISMS}/p6`);
    await expect.poll(() => paragraph(page, 6).evaluate((element) => element === document.activeElement)).toBe(true);
    // Tab from the paragraph: its number link, then the Cite button of each list item in turn.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Cite item 2 of paragraph 6 (copy with citation)');
    await page.keyboard.press('Control+Shift+C');
    await expect
      .poll(() => reader.clipboard.writes.map((write) => write.text.split('\n')[0]))
      .toEqual([
        '“Special rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health;”',
      ]);
  });

  it('leaves plain Ctrl+C alone (the selected words, without labels or notes); the menu’s Copy goes through main', async () => {
    const { page, context, server, reader } = await openReader();
    await paragraph(page, 2).getByRole('button', { name: 'Bookmark paragraph 2' }).click();
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByRole('textbox', { name: /^Note on/ }).fill('a private note');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => paragraph(page, 2).innerText()).toContain('a private note');
    // Reading the clipboard back needs a permission: granted to this test's context only, then taken back.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    try {
      await page.evaluate(() => {
        const first = document.querySelector('#p1 .paragraph-text')!.firstChild!;
        const last = document.querySelector('#p3 .paragraph-text')!.firstChild!;
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(last, 20);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      });
      await page.keyboard.press('Control+C');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.split(/\n+/)).toEqual([
        textOf(reader, 'p1'),
        '2',
        textOf(reader, 'p2'),
        '3',
        'For a long time, Bel',
      ]);
      expect(reader.clipboard.writes).toEqual([]);

      // The context menu of a selection has a plain Copy again, through main (the page never writes the
      // clipboard itself): main's clipboard port gets the words, the page's own clipboard is left alone.
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      const words = paragraph(page, 4).locator('.paragraph-text');
      await words.selectText();
      await words.click({ button: 'right', position: { x: 40, y: 8 } });
      const menu = page.getByRole('menu', { name: 'Actions for paragraph 4' });
      expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
        'Copy',
        'Copy selection with citation',
        'Copy paragraph 4 with citation',
        'Bookmark paragraph 4',
        'Add a note…',
      ]);
      await menu.getByRole('menuitem', { name: 'Copy', exact: true }).click();
      await expect.poll(() => reader.clipboard.writes.length).toBe(1);
      // (Chromium's plain-text copy turns the source's no-break spaces into spaces; "Copy with citation" keeps them.)
      expect(reader.clipboard.writes[0]!.text.replace(/\u00a0/g, ' ')).toBe(
        textOf(reader, 'p4').replace(/\u00a0/g, ' '),
      );
      expect(reader.clipboard.writes[0]!.html).toBeUndefined();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('something else');
      await expect.poll(() => statusText(page)).toBe('Copied.');
      // Ctrl+C still copies the selection as the platform does.
      await words.selectText();
      await page.keyboard.press('Control+C');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        textOf(reader, 'p4').replace(/\u00a0/g, ' '),
      );
    } finally {
      await context.clearPermissions();
    }
  });
});

describe('addresses and history', () => {
  it('goes back and forward one place at a time: Alt+arrows and the mouse side buttons', async () => {
    const { page, context } = await openReader(`#/${DOC}/${OHCHR}`);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await toc.getByRole('link', { name: /Cooperation with human rights treaty bodies/ }).click();
    await expect.poll(() => heading(page)).toBe('Cooperation with human rights treaty bodies');
    await toc.getByRole('link', { name: /Human Rights Council’s mechanisms/ }).click();
    await expect.poll(() => heading(page)).toBe('Cooperation with the Human Rights Council’s mechanisms');

    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => page.url()).toMatch(new RegExp(`${TREATY}$`));
    const cdp = await context.newCDPSession(page);
    const side = async (button: 'back' | 'forward') => {
      for (const type of ['mousePressed', 'mouseReleased'] as const) {
        await cdp.send('Input.dispatchMouseEvent', {
          type,
          x: 700,
          y: 400,
          button,
          buttons: type === 'mousePressed' ? (button === 'back' ? 8 : 16) : 0,
          clickCount: 1,
        });
      }
    };
    await side('back');
    await expect.poll(() => page.url()).toMatch(new RegExp(`${OHCHR}$`));
    // At the first place, Back stays in the reader (the page before it is not the reader's).
    await side('back');
    await page.keyboard.press('Alt+ArrowLeft');
    await page.waitForTimeout(200);
    expect(page.url()).toMatch(new RegExp(`${OHCHR}$`));
    await side('forward');
    await expect.poll(() => page.url()).toMatch(new RegExp(`${TREATY}$`));
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => heading(page)).toBe('Cooperation with the Human Rights Council’s mechanisms');
  });
});

describe('bookmarks and notes', () => {
  it('bookmark, note, jump, delete and undo, export — all by keyboard', async () => {
    const { page, reader } = await openReader(`#/${DOC}/${OHCHR}/p4`);
    await expect.poll(() => paragraph(page, 4).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+D');
    await expect.poll(() => statusText(page)).toBe('Bookmarked paragraph 4.');
    await page.keyboard.press('Control+B');
    const panel = page.getByRole('region', { name: 'Bookmarks' });
    await panel.getByRole('button', { name: 'Add note on section 3, paragraph 4' }).press('Enter');
    await page.keyboard.type('NHRAP: check the 2017 mission report');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => panel.locator('.bookmark-note').innerText()).toBe('NHRAP: check the 2017 mission report');
    expect(reader.userData.bookmarks.list().map((bookmark) => bookmark.note)).toEqual([
      'NHRAP: check the 2017 mission report',
    ]);

    await page.getByRole('navigation', { name: 'Table of contents' }).count(); // the panel replaced it
    await page.evaluate((hash) => (window.location.hash = hash), `#/${DOC}/${TREATY}`);
    await expect.poll(() => heading(page)).toBe('Cooperation with human rights treaty bodies');
    await panel.getByRole('link', { name: 'Section 3, paragraph 4' }).press('Enter');
    await expect.poll(() => paragraph(page, 4).evaluate((element) => element === document.activeElement)).toBe(true);

    await panel.getByRole('button', { name: 'Delete bookmark on section 3, paragraph 4' }).press('Enter');
    await expect.poll(() => statusText(page)).toBe('Deleted the bookmark on section 3, paragraph 4 and its note.');
    expect(reader.userData.bookmarks.list()).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).press('Enter');
    await expect
      .poll(() => reader.userData.bookmarks.list().map((bookmark) => bookmark.note))
      .toEqual(['NHRAP: check the 2017 mission report']);
    // The panel re-renders with the restored bookmark: export from that panel, not the one before it.
    await expect.poll(() => statusText(page)).toBe('Restored the bookmark on section 3, paragraph 4.');

    const target = join(tempDir('reader-e2e-export-'), 'notes.md');
    reader.saveDialog.answer = target;
    await panel.getByRole('button', { name: 'Export as Markdown…' }).press('Enter');
    await expect.poll(() => statusText(page)).toBe('Saved 1 bookmark with notes as notes.md.');
    const markdown = readFileSync(target, 'utf8');
    expect(markdown).toContain(
      '## 1. Section 3 Cooperation with the Office of the UN High Commissioner for Human Rights, paragraph 4',
    );
    expect(markdown).toContain('> “Belarus also invited the Office to support the implementation of NHRAP.');
    expect(markdown).toContain('**Note:**\n\nNHRAP: check the 2017 mission report\n');
  });
});

describe('comfort', () => {
  it('switches themes, follows the system, and sizes the text with a stable line length', async () => {
    const { page } = await openReader();
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    expect(await paper()).toBe('rgb(251, 250, 247)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(paper).toBe('rgb(23, 24, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await theme()).toBe('dark');

    const measure = () =>
      paragraph(page, 3)
        .locator('.paragraph-text')
        .evaluate((element) => ({
          size: parseFloat(getComputedStyle(element).fontSize),
          width: element.getBoundingClientRect().width,
        }));
    await page.setViewportSize({ width: 1800, height: 900 });
    const normal = await measure();
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    const larger = await measure();
    expect(larger.size / normal.size).toBeCloseTo(1.25, 2);
    // The line holds about as many characters at every size: 60–80 average characters (≈ 0.5 em each).
    for (const { size, width } of [normal, larger]) {
      expect(width / (size * 0.5)).toBeGreaterThan(60);
      expect(width / (size * 0.5)).toBeLessThan(80);
    }
    await page.keyboard.press('Control+0');
    expect((await measure()).size).toBeCloseTo(normal.size, 2);
  });

  it('shows where the keyboard focus is', async () => {
    const { page } = await openReader();
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('prints the document only: no toolbar, buttons, notes or status line', async () => {
    const { page } = await openReader();
    await paragraph(page, 1).getByRole('button', { name: 'Bookmark paragraph 1' }).click();
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByRole('textbox', { name: /^Note on/ }).fill('NOTE-THAT-MUST-NOT-PRINT');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => paragraph(page, 1).innerText()).toContain('NOTE-THAT-MUST-NOT-PRINT');
    const pdfPath = join(tempDir('reader-print-'), 'section.pdf');
    writeFileSync(
      pdfPath,
      await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } }),
    );
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('In 2016 Belarus officially invited the High Commissioner');
    for (const chrome of ['NOTE-THAT-MUST-NOT-PRINT', 'Bookmark', 'Cite', 'Theme', 'About', 'Search', 'Contents'])
      expect(text).not.toContain(chrome);
  });
});

describe('memory across a restart (a fresh page over the same user-data folder)', () => {
  it('reopens at the same paragraph, in the same theme and text size, with the bookmarks and notes', async () => {
    const userDataDir = tempDir('reader-restart-');
    const first = await openReader(`#/${DOC}/${OHCHR}`, userDataDir);
    await first.page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await first.page.keyboard.press('Control+=');
    await paragraph(first.page, 5).getByRole('button', { name: 'Bookmark paragraph 5' }).click();
    await first.page.getByRole('button', { name: 'Add a note' }).click();
    await first.page.getByRole('textbox', { name: /^Note on/ }).fill('quote this in the cable');
    await first.page.getByRole('button', { name: 'Save note' }).click();
    await first.page.getByRole('navigation', { name: 'Table of contents' }).count();
    await first.page.evaluate((hash) => (window.location.hash = hash), `#/${DOC}/${MECHANISMS}`);
    await expect.poll(() => heading(first.page)).toBe('Cooperation with the Human Rights Council’s mechanisms');
    await first.page.setViewportSize({ width: 1280, height: 600 });
    await paragraph(first.page, 4).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() => first.reader.userData.position.get())
      .toEqual({ documentId: DOC, sectionId: MECHANISMS, paragraphId: 'p4' });
    await expect.poll(() => first.reader.userData.settings.get()).toEqual({ theme: 'dark', textScale: 1.1 });
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await openReader('', userDataDir);
    await expect.poll(() => second.page.url()).toMatch(new RegExp(`#/${DOC}/${MECHANISMS}/p4$`));
    await expect
      .poll(() => paragraph(second.page, 4).evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await second.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await second.page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe(
      '1.1',
    );
    await second.page.getByRole('tab', { name: 'Bookmarks (1)' }).click();
    const panel = second.page.getByRole('region', { name: 'Bookmarks' });
    expect(await panel.locator('.bookmark-note').innerText()).toBe('quote this in the cable');
  });
});

describe('accessibility: axe finds nothing on any view, in light and in dark', () => {
  it.each(['light', 'dark'] as const)(
    'reader, search results, bookmarks panel, context menu and About (%s)',
    async (theme) => {
      const { page } = await openReader(`#/${DOC}/${MECHANISMS}/p6`);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await paragraph(page, 2).getByRole('button', { name: 'Bookmark paragraph 2' }).click();
      await expect.poll(() => statusText(page)).toBe('Bookmarked paragraph 2.');
      await expectNoAxeViolations(page, { label: `reader (${theme})` });

      await page.getByRole('searchbox', { name: 'Search' }).fill('special rapporteur');
      await expect
        .poll(() => page.getByRole('region', { name: 'Search results' }).getByRole('status').innerText())
        .toMatch(/passages? in/);
      await expectNoAxeViolations(page, { label: `search results (${theme})` });
      await page.getByRole('searchbox', { name: 'Search' }).fill('');

      await page.keyboard.press('Control+B');
      const panel = page.getByRole('region', { name: 'Bookmarks' });
      await panel.getByRole('button', { name: 'Add note on section 4, paragraph 2' }).click();
      await expectNoAxeViolations(page, { label: `bookmarks panel with the note editor (${theme})` });
      await page.keyboard.press('Escape');

      await paragraph(page, 3)
        .getByRole('button', { name: /^Cite paragraph 3/ })
        .focus();
      await page.keyboard.press('Shift+F10');
      await page.getByRole('menu', { name: 'Actions for paragraph 3' }).waitFor();
      await expectNoAxeViolations(page, { label: `context menu (${theme})` });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'About' }).click();
      const about = page.getByRole('dialog', { name: 'About Offline Reference Reader' });
      await about.getByText('Content fingerprint').waitFor();
      await expectNoAxeViolations(page, { label: `About (${theme})` });
      expect(await about.evaluate((element) => element.matches('dialog:modal'))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => about.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('About');
    },
  );
});

describe('offline', () => {
  it('every page opened here requested nothing beyond its own origin', async () => {
    const reader = await openReader();
    await reader.page.getByRole('button', { name: 'About' }).click();
    await reader.page.getByRole('dialog').getByText('Content fingerprint').waitFor();
    expect(reader.requests.filter((url) => !url.startsWith(reader.server.origin))).toEqual([]);
  });
});
