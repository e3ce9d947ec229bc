/**
 * The export dialog in the React app (jsdom) against the REAL handlers in-process: the real
 * dispatcher and preload factory, the app's save-dialog and printer adapters over fake Electron
 * objects, and the system Chromium rendering the PDFs.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { createElectronPrinter } from '../../../../src/main/electron/electron-printer';
import { launchChromium } from '../../../support/chromium';
import { exportPorts, fakeDialog, pdfInfo, pdfOutline, type FakeDialog } from '../../../support/export-support';
import { fakePrintElectron, htmlOfDataUrl, type FakePrintElectron } from '../../../support/fake-print-electron';
import { openTestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const SECTION =
  '#/belarus-un-human-rights-cooperation/cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const RENDERING = { timeout: 30_000 };

let browser: Browser;
let dialog: FakeDialog;
let electron: FakePrintElectron;
let folder: string;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});
beforeEach(() => {
  folder = tempDir();
  dialog = fakeDialog();
  electron = fakePrintElectron();
  window.reader = openTestReader(undefined, {
    exporter: { ...exportPorts(browser, dialog, folder), printer: createElectronPrinter(electron) },
  }).api;
  window.location.hash = SECTION;
});

const isChecked = (element: HTMLElement): boolean => (element as HTMLInputElement).checked;
const isDisabled = (element: HTMLElement): boolean => (element as HTMLButtonElement).disabled;

async function openFromSection() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Export or print…' }));
  return { user, exportDialog: await screen.findByRole('dialog', { name: 'Export or print' }) };
}

// Renders real PDFs: slower than the renderer layer's default 5 s on a busy machine.
describe('the export dialog', { timeout: 60_000 }, () => {
  it('opens from the section on that section, as a modal, and gives focus back when closed with Escape', async () => {
    const { user, exportDialog } = await openFromSection();
    const thisSection = within(exportDialog).getByRole('radio', {
      name: 'This section: 3. Cooperation with the Office of the UN High Commissioner for Human Rights',
    });
    expect(isChecked(thisSection)).toBe(true);
    expect(document.activeElement).toBe(thisSection);
    expect(exportDialog.getAttribute('aria-modal')).toBe('true');
    // A native <dialog> opened with showModal(): Chromium makes the page behind it inert (the e2e test checks that).
    expect(exportDialog).toBeInstanceOf(HTMLDialogElement);
    expect((exportDialog as HTMLDialogElement).open).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export or print…' }));
  });

  it('opens with Ctrl+P and with Cmd+P', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', {
      level: 2,
      name: 'Cooperation with the Office of the UN High Commissioner for Human Rights',
    });
    await user.keyboard('{Control>}p{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Export or print' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.keyboard('{Meta>}p{/Meta}');
    expect(await screen.findByRole('dialog', { name: 'Export or print' })).toBeTruthy();
  });

  it('lists the sections in document order and will not export an empty choice', async () => {
    const { user, exportDialog } = await openFromSection();
    await user.click(within(exportDialog).getByRole('radio', { name: 'Chosen sections' }));
    const boxes = within(within(exportDialog).getByRole('group', { name: 'Sections to export' })).getAllByRole(
      'checkbox',
    );
    expect(boxes.map((box) => box.closest('label')!.textContent)).toEqual([
      '1. Opening statement',
      '2. Cooperation with human rights treaty bodies',
      '3. Cooperation with the Office of the UN High Commissioner for Human Rights',
      '4. Cooperation with the Human Rights Council’s mechanisms',
      '5. Bilateral human rights dialogues.',
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([false, false, true, false, false]);
    await user.click(boxes[2]!);
    expect(within(exportDialog).getByText('Tick at least one section to export.')).toBeTruthy();
    expect(isDisabled(within(exportDialog).getByRole('button', { name: 'Save as PDF…' }))).toBe(true);
    expect(isDisabled(within(exportDialog).getByRole('button', { name: 'Print…' }))).toBe(true);
  });

  it('saves the whole document with the chosen paper and layout, announces it, and remembers the choices', async () => {
    dialog.answers.push(join(folder, 'statement.pdf'));
    const { user, exportDialog } = await openFromSection();
    await user.click(within(exportDialog).getByRole('radio', { name: 'Whole document (5 sections)' }));
    await user.click(within(exportDialog).getByRole('radio', { name: 'A4' }));
    await user.click(within(exportDialog).getByRole('checkbox', { name: 'Include a table of contents' }));
    expect(isChecked(within(exportDialog).getByRole('checkbox', { name: 'Start each section on a new page' }))).toBe(
      false,
    );
    await user.click(within(exportDialog).getByRole('checkbox', { name: 'Start each section on a new page' }));
    await user.click(within(exportDialog).getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), RENDERING);
    const path = join(folder, 'statement.pdf');
    const pages = Number(pdfInfo(path).Pages);
    // Contents on page 1, then each of the five sections on pages of its own.
    expect(new Set(pdfOutline(path).map((bookmark) => bookmark.page)).size).toBe(5);
    expect(pdfInfo(path)['Page size']).toMatch(/\(A4\)/);
    expect(screen.getByText(`Saved the PDF (${pages} pages) to ${path}`)).toBeTruthy();
    expect(dialog.shown[0]!.defaultPath).toBe(
      join(folder, 'Statement of the Republic of Belarus on cooperation with the UN human rights system.pdf'),
    );
    await user.click(screen.getByRole('button', { name: 'Export or print…' }));
    const again = await screen.findByRole('dialog', { name: 'Export or print' });
    expect(isChecked(within(again).getByRole('radio', { name: 'A4' }))).toBe(true);
    expect(isChecked(within(again).getByRole('checkbox', { name: 'Include a table of contents' }))).toBe(true);
    expect(isChecked(within(again).getByRole('checkbox', { name: 'Number the paragraphs' }))).toBe(true);
    expect(isChecked(within(again).getByRole('checkbox', { name: 'Start each section on a new page' }))).toBe(true);
  });

  it('shows why nothing was saved, keeps the dialog open and loses no choice', async () => {
    dialog.answers.push(join(folder, 'missing', 'x.pdf'));
    const { user, exportDialog } = await openFromSection();
    await user.click(within(exportDialog).getByRole('radio', { name: 'Letter' }));
    await user.click(within(exportDialog).getByRole('checkbox', { name: 'Number the paragraphs' }));
    await user.click(within(exportDialog).getByRole('button', { name: 'Save as PDF…' }));
    const alert = await within(exportDialog).findByRole('alert', {}, RENDERING);
    expect(alert.textContent).toBe(
      `The folder ${join(folder, 'missing')} does not exist. Nothing was saved. Choose another folder.`,
    );
    expect(isChecked(within(exportDialog).getByRole('radio', { name: 'Letter' }))).toBe(true);
    expect(isChecked(within(exportDialog).getByRole('checkbox', { name: 'Number the paragraphs' }))).toBe(false);
    expect(isDisabled(within(exportDialog).getByRole('button', { name: 'Save as PDF…' }))).toBe(false);
    expect(existsSync(join(folder, 'missing'))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('prints the chosen section through the system print dialog and says when printing was cancelled', async () => {
    const { user, exportDialog } = await openFromSection();
    electron.behaviour.printOutcome = [false, 'cancelled'];
    await user.click(within(exportDialog).getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(within(exportDialog).getByRole('status').textContent).toBe('Printing was cancelled.'));
    electron.behaviour.printOutcome = [true, ''];
    await user.click(within(exportDialog).getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Sent 1 section to the printer.')).toBeTruthy();
    const printed = htmlOfDataUrl(electron.windows.at(-1)!.loadedUrls[0]!);
    expect(printed).toContain(
      '<h1 class="section-title" id="section-cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights-title">Cooperation with the Office of the UN High Commissioner for Human Rights</h1>',
    );
    expect(printed).not.toContain('Bilateral human rights dialogues.');
  });
});
