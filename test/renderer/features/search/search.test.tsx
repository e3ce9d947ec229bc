/**
 * The search UI in the DOM, against the REAL handlers in-process (the transport stands in for
 * Electron's IPC): as-you-type results, keyboard, every hit in the reading pane, n of m, the way
 * back, the help popover, and malformed queries that never throw.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { API_METHODS, type Channel } from '../../../../src/shared/contract';
import { createReaderApi } from '../../../../src/shared/reader-api';
import { openTestReader, TRUSTED_SENDER, type TestReader } from '../../../support/reader-services';

let reader: TestReader;
const errors: unknown[] = [];

beforeAll(() => {
  reader = openTestReader();
  window.addEventListener('error', (event) => errors.push(event.error));
  window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
});
afterEach(() => {
  expect(errors).toEqual([]);
  errors.length = 0;
});

/** The app over the real handlers; `delay` can hold back answers (as a slow IPC would). */
async function openApp(delay: (channel: Channel, payload: unknown) => number = () => 0) {
  // A fresh reader each time: the app reopens where the previous test left off otherwise.
  reader = openTestReader();
  window.reader = createReaderApi(API_METHODS, async (channel, payload) => {
    const wait = delay(channel, payload);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return reader.dispatch(TRUSTED_SENDER, channel, payload);
  });
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Opening statement' });
  const box = screen.getByRole('searchbox', { name: 'Search' });
  return { user, box };
}

const results = () => screen.getByRole('region', { name: 'Search results' });
const summary = () => within(results()).getByRole('status');
const pane = () => screen.getByRole('main');
const marks = () => Array.from(pane().querySelectorAll('mark')).map((mark) => mark.textContent);

describe('search as you type', () => {
  it('shows results grouped by document and section with a count and highlighted snippets, announced in a live region', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'special rapporteur');
    await waitFor(() => expect(summary().textContent).toMatch(/^\d+ passages? in 1 section\./));
    const list = within(results()).getByRole('listbox');
    const groups = within(list).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      'Statement of the Republic of Belarus on cooperation with the UN human rights system (English): 2 passages',
      'Cooperation with the Human Rights Council’s mechanisms: 2 passages',
    ]);
    const options = within(list).getAllByRole('option');
    expect(options.length).toBe(2);
    // Each snippet shows both words marked (the part of the passage that has them both).
    for (const option of options) {
      const marked = Array.from(option.querySelectorAll('mark')).map((mark) => mark.textContent.toLowerCase());
      expect(marked).toContain('special');
      expect(marked.some((text) => /^rapporteurs?$/.test(text))).toBe(true);
    }
  });

  it('discards a slow answer to an older query', async () => {
    // Answers to the first keystrokes (2, 20, 201: many passages) are held back; 2018's comes at once.
    const { user, box } = await openApp((channel, payload) =>
      channel === 'search:query' && (payload as { query: string }).query !== '2018' ? 300 : 0,
    );
    const direct = await reader.api.search({ query: '2018' });
    const older = await reader.api.search({ query: '201' });
    if (!direct.ok || !older.ok) throw new Error('search failed');
    expect(older.value.total).toBeGreaterThan(direct.value.total);
    const expected = new RegExp(`^${direct.value.total} passages in `);
    await user.type(box, '2018');
    await waitFor(() => expect(summary().textContent).toMatch(expected));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(summary().textContent).toMatch(expected);
    expect(within(results()).getAllByRole('option').length).toBe(direct.value.total);
  });

  it('says so when no passage holds all the words, and when it corrected a word', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'treaty hamster');
    await waitFor(() => expect(summary().textContent).toMatch(/No passage holds all of these words/));
    await user.clear(box);
    await user.type(box, 'constrctive');
    await waitFor(() => expect(summary().textContent).toMatch(/showing results for “constrictive”, “constructive”/));
  });

  it('never throws on malformed queries: each gets results, "no results" or a clear message', async () => {
    const { user, box } = await openApp();
    const nasty = [
      'title:',
      'foo~',
      '*',
      '"unbalanced',
      '""',
      '+',
      '-',
      '-UPR',
      '~~~',
      '((',
      'a'.repeat(1200),
      '\u0000\u0007',
      '😀👍🏽',
      'حقوق الإنسان',
      '\u202eUPR',
      'title:"',
      '+"-*~',
    ];
    for (const query of nasty) {
      await user.clear(box);
      // Paste rather than type: user-event reads some characters as key names.
      await user.click(box);
      await user.paste(query);
      await waitFor(() => {
        const alert = screen.queryByRole('alert');
        const status =
          screen.queryByRole('region', { name: 'Search results' }) && within(results()).getByRole('status').textContent;
        expect(alert?.textContent || (status && status !== 'Searching…' ? status : '')).not.toBe('');
      });
    }
    // Still working afterwards.
    await user.clear(box);
    await user.type(box, 'CEDAW');
    await waitFor(() => expect(summary().textContent).toMatch(/^1 passage in 1 section/));
  });

  it('answers a query of only punctuation or exclusions with a calm message in the results, not an alert', async () => {
    const { user, box } = await openApp();
    await user.type(box, '-Western');
    await waitFor(() => expect(summary().textContent).toMatch(/only of exclusions/));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.clear(box);
    await user.type(box, 'title:');
    await waitFor(() => expect(summary().textContent).toMatch(/after “title:”/));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes operators typed first as unfinished input: no alert on any keystroke', async () => {
    const { user, box } = await openApp();
    for (const start of ['"', '+', '-', '*']) {
      await user.clear(box);
      await user.click(box);
      await user.paste(start);
      await waitFor(() => expect(summary().textContent).not.toBe('Searching…'));
      expect(screen.queryByRole('alert')).toBeNull();
    }
    // The word then typed is completed: "sp finds "special …", +UP finds UPR (the statement's two
    // passages), and over the whole library also the English declaration's "upon".
    const completed = await reader.api.search({ query: '+UP' });
    if (!completed.ok) throw new Error('search failed');
    expect(completed.value.hits.filter((hit) => /\bUPR\b/.test(hit.snippet))).toHaveLength(2);
    await user.clear(box);
    await user.type(box, '+UP');
    await waitFor(() => expect(summary().textContent).toMatch(new RegExp(`^${completed.value.total} passages in `)));
  });

  it('cuts an over-long paste to what can be searched and says so, never showing the contract’s message', async () => {
    const { user, box } = await openApp();
    await user.click(box);
    await user.paste(`UPR ${'x'.repeat(1200)}`);
    await waitFor(() => expect(summary().textContent).toMatch(/Only the first 1,000 characters were searched\./));
    expect(document.body.textContent).not.toMatch(/Invalid request|too long/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('by keyboard', () => {
  it('Up/Down move through the results (aria-activedescendant), Enter opens one and keeps focus in the box', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'NHRAP');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(2));
    const options = within(results()).getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowDown}'); // stays on the last
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() =>
      expect(window.location.hash).toMatch(
        /cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights\/p6$/,
      ),
    );
    expect(document.activeElement).toBe(box);
    // Every hit of the section is highlighted, not only the opened paragraph's.
    await waitFor(() => expect(marks()).toEqual(['NHRAP', 'NHRAP']));
  });

  it('the results list is a tab stop too: Home/End/Up/Down choose, Enter opens, Escape returns to the box', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'special procedures');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(4));
    const list = within(results()).getByRole('listbox');
    // Past the help button and the reader's toolbar, the list is the next stop.
    for (let stops = 0; stops < 15 && document.activeElement !== list; stops++) await user.tab();
    expect(document.activeElement).toBe(list);
    const options = within(list).getAllByRole('option');
    await user.keyboard('{End}');
    expect(list.getAttribute('aria-activedescendant')).toBe(options[3]!.id);
    await user.keyboard('{Home}{ArrowDown}');
    expect(list.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    list.focus();
    await user.keyboard('{Enter}');
    const paragraph = options[1]!.textContent.match(/¶ (\d+)/)![1];
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`Paragraph ${paragraph}`));
  });

  it('Enter/Shift+Enter and F3/Shift+F3 step through the passages with hits, "passage n of m"; the current passage’s words are marked', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'UPR');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(2));
    await user.keyboard('{Enter}'); // opens the first result
    const navigator = await screen.findByRole('group', { name: 'Hits in this section' });
    // Three words in two passages: the pane counts what the results count.
    await waitFor(() => expect(navigator.textContent).toContain('Passage 1 of 2'));
    const current = () =>
      Array.from(pane().querySelectorAll('mark.current-hit'), (mark) => mark.closest('[data-paragraph]')?.id);
    expect(current()).toEqual(['p1', 'p1']);
    expect(pane().querySelector('[aria-current="true"]')?.id).toBe('p1');
    await user.keyboard('{Enter}');
    expect(navigator.textContent).toContain('Passage 2 of 2');
    expect(current()).toEqual(['p2']);
    await user.keyboard('{F3}');
    expect(navigator.textContent).toContain('Passage 1 of 2');
    expect(screen.getByText(/Passage 1 of 2, back at the first/)).toBeTruthy();
    await user.keyboard('{Shift>}{F3}{/Shift}');
    expect(navigator.textContent).toContain('Passage 2 of 2');
    expect(screen.getByText(/Passage 2 of 2, back at the last/)).toBeTruthy();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(navigator.textContent).toContain('Passage 1 of 2');
    await user.click(within(navigator).getByRole('button', { name: 'Next passage' }));
    expect(navigator.textContent).toContain('Passage 2 of 2');
    expect(current()).toEqual(['p2']);
    // Every word stays highlighted; only the current passage's are marked current.
    expect(marks()).toEqual(['UPR', 'UPR', 'UPR']);
  });

  it('opening a result lands on its passage, at the first matched word of the part its snippet shows', async () => {
    const scrolled: Element[] = [];
    // jsdom does not lay out (its scrollIntoView is the setup's no-op): record what the page brings into view.
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView')!;
    Object.defineProperty(Element.prototype, 'scrollIntoView', {
      configurable: true,
      value(this: Element) {
        scrolled.push(this);
      },
    });
    try {
      const { user, box } = await openApp();
      await user.type(box, 'special rapporteur');
      await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(2));
      const option = within(results())
        .getAllByRole('option')
        .find((candidate) => candidate.textContent.startsWith('¶ 6'))!;
      expect(option.textContent).toMatch(/Special rapporteur on\sfreedom of religion/);
      await user.click(option);
      const navigator = await screen.findByRole('group', { name: 'Hits in this section' });
      await waitFor(() => expect(navigator.textContent).toContain('Passage 2 of 2'));
      // Not "special" in "special procedures" earlier in paragraph 6: the words the snippet showed, in item 1.
      await waitFor(() => expect(scrolled.at(-1)?.closest('li')?.id).toBe('p6-i1'));
      expect(scrolled.at(-1)?.textContent).toBe('Special');
      expect(scrolled.at(-1)?.classList.contains('current-hit')).toBe(true);
    } finally {
      Object.defineProperty(Element.prototype, 'scrollIntoView', original);
    }
  });

  it('Ctrl+F (or Cmd+F) focuses the box from anywhere; Escape clears it and the highlights', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'UPR');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(2));
    await user.click(within(results()).getAllByRole('option')[0]!);
    await waitFor(() => expect(marks().length).toBe(3));
    expect(document.activeElement).not.toBe(box);
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Meta>}f{/Meta}');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(marks()).toEqual([]));
    expect(screen.getByRole('navigation', { name: 'Table of contents' })).toBeTruthy();
  });

  it('goes back to where the reader was before the search', async () => {
    const { user, box } = await openApp();
    await user.click(screen.getByRole('link', { name: /Bilateral human rights dialogues/ }));
    await screen.findByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' });
    const before = window.location.hash;
    await user.type(box, 'CEDAW');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBe(1));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Cooperation with human rights treaty bodies' });
    await user.click(await screen.findByRole('button', { name: /Back to where you were/ }));
    await screen.findByRole('heading', { level: 2, name: 'Bilateral human rights dialogues.' });
    expect(window.location.hash.startsWith(before)).toBe(true);
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('keeps highlighting the opened search in another section the reader moves to', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'Belarus');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBeGreaterThan(3));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(marks().length).toBeGreaterThan(0));
    await user.click(screen.getByRole('link', { name: /Next section/ }));
    // Moving on by hand gives the focus to the new section's heading again (only an open from the box keeps it there).
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    const navigator = await screen.findByRole('group', { name: 'Hits in this section' });
    await waitFor(() => expect(navigator.textContent).toMatch(/– of \d+/));
    const expected = pane().querySelectorAll('.paragraph-text, .paragraph-list li');
    const belarus = Array.from(expected).reduce(
      (sum, element) => sum + (element.textContent.match(/\bBelarus\b/g)?.length ?? 0),
      0,
    );
    expect(marks().length).toBe(belarus);
  });
});

describe('the query-language help', () => {
  it('opens from a button with aria-expanded and closes with Escape, giving focus back', async () => {
    const { user } = await openApp();
    const button = screen.getByRole('button', { name: 'Search syntax help' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = screen.getByRole('dialog', { name: 'How to search' });
    expect(within(dialog).getByRole('table').textContent).toContain('title:treaty');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
