/**
 * The export dialog in the BUILT renderer, over the built preload and the REAL handlers: opened
 * with Ctrl+P, driven by keyboard, roles and labels, scanned with axe, and saving a real PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPorts, fakeDialog, pdfOutline, type FakeDialog } from '../support/export-support';
import { launchChromium, openReaderPage, type ReaderPage } from '../support/reader-page';

/** Rendering a PDF can take seconds on a busy machine. */
const RENDERING = { timeout: 30_000 };
import { openTestReader } from '../support/reader-services';
import { tempDir } from '../support/temp-folders';

const SECTION = '#/belarus-un-human-rights-cooperation/cooperation-with-human-rights-treaty-bodies';
let browser: Browser;
let view: ReaderPage;
let dialog: FakeDialog;
let folder: string;

beforeAll(async () => {
  browser = await launchChromium();
  folder = tempDir();
  dialog = fakeDialog(null, join(folder, 'chosen.pdf'));
  view = await openReaderPage(browser, {
    hash: SECTION,
    reader: openTestReader(undefined, { exporter: exportPorts(browser, dialog, folder) }),
  });
  await view.page.getByRole('heading', { level: 2, name: 'Cooperation with human rights treaty bodies' }).waitFor();
});
afterAll(async () => {
  await view?.close();
  await browser?.close();
});

describe('the export dialog in Chromium', () => {
  it('opens with Ctrl+P as a labelled modal dialog, focus on the scope, nothing else reachable', async () => {
    const { page } = view;
    await page.keyboard.press('Control+P');
    const exportDialog = page.getByRole('dialog', { name: 'Export or print' });
    await exportDialog.waitFor();
    expect(await exportDialog.getAttribute('aria-modal')).toBe('true');
    // A native <dialog> shown with showModal(): in the top layer, the page behind it inert.
    expect(await exportDialog.evaluate((element) => element.matches('dialog:modal'))).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('current');
    expect(
      await exportDialog
        .getByRole('radio', { name: 'This section: 2. Cooperation with human rights treaty bodies' })
        .isChecked(),
    ).toBe(true);
    const searchReachable = await page.getByRole('searchbox', { name: 'Search' }).evaluate((box: HTMLElement) => {
      box.focus();
      return document.activeElement === box;
    });
    expect(searchReachable).toBe(false);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });

  it('keeps Tab inside the dialog', async () => {
    const { page } = view;
    const inside: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      inside.push(await page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null));
    }
    await page.keyboard.press('Shift+Tab');
    inside.push(await page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null));
    expect(inside.every(Boolean)).toBe(true);
  });

  it('says so and stays open when the save dialog is cancelled', async () => {
    const { page } = view;
    const exportDialog = page.getByRole('dialog', { name: 'Export or print' });
    await exportDialog.getByRole('radio', { name: 'Chosen sections' }).check();
    const list = exportDialog.getByRole('group', { name: 'Sections to export' });
    expect(
      await list.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')!.textContent)),
    ).toEqual([
      '1. Opening statement',
      '2. Cooperation with human rights treaty bodies',
      '3. Cooperation with the Office of the UN High Commissioner for Human Rights',
      '4. Cooperation with the Human Rights Council’s mechanisms',
      '5. Bilateral human rights dialogues.',
    ]);
    await list.getByRole('checkbox', { name: '5. Bilateral human rights dialogues.' }).check();
    await exportDialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect
      .poll(() => exportDialog.getByRole('status').innerText(), RENDERING)
      .toBe('The export was cancelled; nothing was saved.');
    expect(await list.getByRole('checkbox', { name: '5. Bilateral human rights dialogues.' }).isChecked()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('saves the chosen sections, closes, returns focus and announces the file and its pages', async () => {
    const { page } = view;
    const exportDialog = page.getByRole('dialog', { name: 'Export or print' });
    await exportDialog.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), RENDERING).toBe(0);
    const notice = page.getByRole('status').filter({ hasText: 'Saved the PDF' });
    await expect
      .poll(() => notice.innerText())
      .toMatch(new RegExp(`^Saved the PDF \\(\\d+ pages?\\) to ${join(folder, 'chosen.pdf')}`));
    expect(pdfOutline(join(folder, 'chosen.pdf')).map((bookmark) => bookmark.title)).toEqual([
      'Cooperation with human rights treaty bodies',
      'Bilateral human rights dialogues.',
    ]);
    expect(dialog.shown.map((options) => options.defaultPath)).toEqual([
      join(
        folder,
        'Statement of the Republic of Belarus on cooperation with the UN human rights system - sections 2, 5.pdf',
      ),
      join(
        folder,
        'Statement of the Republic of Belarus on cooperation with the UN human rights system - sections 2, 5.pdf',
      ),
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Cooperation with human rights treaty bodies',
    );
  });

  it('opens from the section action and closes with Escape, giving focus back to the button', async () => {
    const { page } = view;
    const action = page.getByRole('button', { name: 'Export or print…' });
    await action.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Export or print' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export or print…');
    expect(view.requests.filter((url) => !url.startsWith(view.server.origin))).toEqual([]);
  });
});
