/**
 * The reader's commands through the whole app (jsdom, real handlers in-process): the application
 * menu, the keys and the buttons reach the same features; parts are named from the section's data.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/app/app';
import { openTestReader, type TestReader } from '../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const OHCHR = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';

async function open(hash: string): Promise<{ reader: TestReader; user: ReturnType<typeof userEvent.setup> }> {
  const reader = openTestReader();
  window.reader = reader.api;
  window.location.hash = hash;
  render(<App />);
  await waitFor(() => expect(document.getElementById('section-title')).not.toBeNull());
  return { reader, user: userEvent.setup() };
}

const statusText = () => document.querySelector('.status-text')?.textContent ?? '';

afterEach(() => {
  delete window.reader;
});

describe('commands from the menu, the keys and the buttons', () => {
  it('opens the export dialog from File ▸ Export or Print…', async () => {
    const { reader } = await open(`#/${DOC}/${OHCHR}`);
    act(() => reader.events.command('export-or-print'));
    expect(await screen.findByRole('dialog', { name: 'Export or print' })).toBeTruthy();
  });

  it('steps through the passages with hits from the menu, F3 and Ctrl+G alike', async () => {
    const { reader, user } = await open(`#/${DOC}/${OHCHR}`);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'UPR');
    const results = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(within(results).getAllByRole('option').length).toBe(2));
    await user.keyboard('{Enter}');
    const navigator = await screen.findByRole('group', { name: 'Hits in this section' });
    // UPR: three words in two passages (paragraphs 1 and 2), the unit the results count.
    await waitFor(() => expect(navigator.textContent).toContain('Passage 1 of 2'));
    act(() => reader.events.command('next-hit'));
    await waitFor(() => expect(navigator.textContent).toContain('Passage 2 of 2'));
    await user.keyboard('{Control>}g{/Control}');
    expect(navigator.textContent).toContain('Passage 1 of 2');
    act(() => reader.events.command('previous-hit'));
    await waitFor(() => expect(navigator.textContent).toContain('Passage 2 of 2'));
    await user.keyboard('{Control>}{Shift>}G{/Shift}{/Control}');
    expect(navigator.textContent).toContain('Passage 1 of 2');
  });

  it('shows each button’s shortcut from the command registry', async () => {
    await open(`#/${DOC}/${OHCHR}`);
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back.title).toBe('Back (Alt+←)');
    expect(back.getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowLeft');
    const exportButton = screen.getByRole('button', { name: 'Export or print…' });
    expect(exportButton.getAttribute('aria-keyshortcuts')).toBe('Control+P');
    expect(screen.getByRole('tab', { name: /^Bookmarks/ }).title).toBe('Show Bookmarks (Ctrl+B)');
    expect(screen.getByRole('searchbox').getAttribute('aria-keyshortcuts')).toBe('Control+F');
  });
});

describe('parts are named from the section, not from the page’s labels', () => {
  it('names a list item copied with Ctrl+Shift+C by its number and its paragraph’s', async () => {
    const { reader, user } = await open(`#/${DOC}/${MECHANISMS}`);
    screen.getByRole('button', { name: 'Cite item 2 of paragraph 6 (copy with citation)' }).focus();
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(statusText()).toBe('Copied item 2 of paragraph 6 with its citation.'));
    expect(reader.clipboard.writes[0]?.text).toMatch(/paragraph 6, item 2\.$/);
  });

  it('keeps the right names when a paragraph’s label says otherwise', async () => {
    await open(`#/${DOC}/${OHCHR}`);
    const region = screen.getByRole('region', { name: 'Paragraph 4' });
    region.setAttribute('aria-label', 'Paragraph 40');
    fireEvent.contextMenu(within(region).getByRole('button', { name: /^Cite paragraph 4/ }));
    const menu = screen.getByRole('menu', { name: 'Actions for paragraph 4' });
    expect(within(menu).getAllByRole('menuitem')[0]!.textContent).toBe('Copy paragraph 4 with citation');
  });
});
