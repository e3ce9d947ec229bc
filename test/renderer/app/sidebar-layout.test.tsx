/**
 * The window's layout in the DOM, against the real handlers: Contents, Results and Bookmarks as
 * tabs that never hide one another, the drawer of a narrow window (button, keys, Escape, closing
 * once the reader chose where to go), and reading mode. Widths and sizes themselves are measured
 * in Chromium (test/e2e/layout.test.ts).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/app/app';
import { openTestReader } from '../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const OHCHR = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const wideWidth = window.innerWidth;

function setWidth(width: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true, writable: true });
  window.dispatchEvent(new Event('resize'));
}

async function open(hash = `#/${DOC}/${OHCHR}`) {
  const reader = openTestReader();
  window.reader = reader.api;
  window.location.hash = hash;
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: /Office of the UN High Commissioner/ });
  return { reader, user: userEvent.setup(), box: screen.getByRole('searchbox', { name: 'Search' }) };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });
const selected = () => screen.getByRole('tab', { selected: true }).textContent;
const toggle = () => screen.getByRole('button', { name: 'Sidebar' });

afterEach(() => {
  delete window.reader;
  setWidth(wideWidth);
  document.documentElement.removeAttribute('data-layout');
});

describe('Contents, Results and Bookmarks are tabs', () => {
  it('shows the results while typing, and the contents again on a click without losing the search', async () => {
    const { user, box } = await open();
    expect(selected()).toBe('Contents');
    expect(screen.getByRole('navigation', { name: 'Table of contents' })).toBeTruthy();
    await user.type(box, 'UPR');
    await waitFor(() => expect(selected()).toBe('Results (2)'));
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab(/^Results/).id);
    await user.click(tab(/^Contents/));
    expect(screen.getByRole('navigation', { name: 'Table of contents' })).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe('UPR');
    // Down in the box brings the results back.
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Results (2)');
    expect(within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option')[0]!.id).toBe(
      box.getAttribute('aria-activedescendant'),
    );
  });

  it('moves between tabs with the arrow keys (one tab stop), and Ctrl+B shows the bookmarks or the contents again', async () => {
    const { user } = await open();
    tab(/^Contents/).focus();
    expect(tab(/^Results/).tabIndex).toBe(-1);
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe('Results');
    expect(document.activeElement).toBe(tab(/^Results/));
    expect(screen.getByRole('tabpanel').textContent).toMatch(/Type in the search box/);
    await user.keyboard('{End}');
    expect(selected()).toBe('Bookmarks (0)');
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe('Contents');
    await user.keyboard('{Control>}b{/Control}');
    expect(selected()).toBe('Bookmarks (0)');
    expect(screen.getByRole('region', { name: 'Bookmarks' })).toBeTruthy();
    await user.keyboard('{Control>}b{/Control}');
    expect(selected()).toBe('Contents');
  });

  it('a wide window can hide the sidebar with its button or Ctrl+Shift+L, and show it again', async () => {
    const { user } = await open();
    expect(document.documentElement.dataset.layout).toBe('wide');
    const sidebar = document.getElementById('sidebar')!;
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle());
    expect(sidebar.hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    expect(sidebar.hidden).toBe(false);
  });
});

describe('the drawer of a narrow window', () => {
  it('is closed until asked, opens by button or keys, closes with Escape (focus back on the button)', async () => {
    setWidth(700);
    const { user } = await open();
    expect(document.documentElement.dataset.layout).toBe('narrow');
    const sidebar = document.getElementById('sidebar')!;
    expect(sidebar.hidden).toBe(true);
    await user.click(toggle());
    expect(sidebar.hidden).toBe(false);
    tab(/^Contents/).focus();
    await user.keyboard('{Escape}');
    expect(sidebar.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    expect(sidebar.hidden).toBe(false);
  });

  it('gives the text back once the reader chose a section, and opens with the results while searching', async () => {
    setWidth(700);
    const { user, box } = await open();
    await user.click(toggle());
    await user.click(screen.getByRole('link', { name: /Bilateral human rights dialogues/ }));
    await screen.findByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' });
    await waitFor(() => expect(document.getElementById('sidebar')!.hidden).toBe(true));
    await user.type(box, 'CEDAW');
    await waitFor(() => expect(document.getElementById('sidebar')!.hidden).toBe(false));
    expect(selected()).toMatch(/^Results/);
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Cooperation with human rights treaty bodies' });
    await waitFor(() => expect(document.getElementById('sidebar')!.hidden).toBe(true));
  });

  it('follows the text size: a window wide at 100 % is narrow at 200 %', async () => {
    setWidth(1280);
    const reader = openTestReader();
    reader.userData.settings.update({ textScale: 2 });
    window.reader = reader.api;
    render(<App />);
    await waitFor(() => expect(document.documentElement.dataset.layout).toBe('narrow'));
  });
});

describe('reading mode', () => {
  it('hides all chrome with F9 or its button; Escape or the one button left brings it back', async () => {
    const { user } = await open();
    const app = document.querySelector('.app')!;
    await user.keyboard('{F9}');
    expect(app.classList.contains('reading')).toBe(true);
    await user.keyboard('{Escape}');
    expect(app.classList.contains('reading')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Reading mode' }));
    expect(app.classList.contains('reading')).toBe(true);
    expect(screen.getByRole('button', { name: 'Reading mode' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: /Leave reading mode/ }));
    expect(app.classList.contains('reading')).toBe(false);
  });
});
