import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/app/app';
import { shortFingerprint } from '../../../src/shared/fingerprint';
import { openTestReader, type TestReader } from '../../support/reader-services';
import { tempDir } from '../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const OHCHR = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';

function open(options: { hash?: string; reader?: TestReader } = {}): {
  reader: TestReader;
  user: ReturnType<typeof userEvent.setup>;
} {
  const reader = options.reader ?? openTestReader();
  window.reader = reader.api;
  window.location.hash = options.hash ?? '';
  render(<App />);
  return { reader, user: userEvent.setup() };
}

const paragraphRegion = (number: number) => screen.getByRole('region', { name: `Paragraph ${number}` });
const statusText = () => document.querySelector('.status-text')?.textContent ?? '';

afterEach(() => {
  delete window.reader;
  document.documentElement.removeAttribute('data-theme');
});

describe('copy with citation', () => {
  it('copies a paragraph from its Cite button and says so', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    await user.click(await screen.findByRole('button', { name: 'Cite paragraph 2 (copy with citation)' }));
    await waitFor(() => expect(reader.clipboard.writes).toHaveLength(1));
    expect(reader.clipboard.writes[0]!.text).toMatch(
      /^“In 2016 Belarus officially invited the High Commissioner to pay a visit to the country\.”\n— Ministry of Foreign Affairs/,
    );
    expect(reader.clipboard.writes[0]!.text).toMatch(
      /section 3 “Cooperation with the Office of the UN High Commissioner for Human Rights”, paragraph 2\.$/,
    );
    await waitFor(() => expect(statusText()).toBe('Copied paragraph 2 with its citation.'));
  });

  it('copies a list item from its own button', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${MECHANISMS}` });
    await user.click(await screen.findByRole('button', { name: 'Cite item 5 of paragraph 6 (copy with citation)' }));
    await waitFor(() =>
      expect(reader.clipboard.writes[0]?.text).toMatch(
        /^“Special rapporteur on the right to education;”\n.*paragraph 6, item 5\.$/,
      ),
    );
  });

  it('copies the focused paragraph with Ctrl+Shift+C, and leaves plain Ctrl+C to the system', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}/p3` });
    await waitFor(() => expect(document.activeElement).toBe(paragraphRegion(3)));
    const plainCopy = fireEvent.keyDown(document.activeElement!, { key: 'c', ctrlKey: true });
    expect(plainCopy).toBe(true); // not prevented: the Edit menu's Copy runs as usual
    expect(reader.clipboard.writes).toEqual([]);
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() =>
      expect(reader.clipboard.writes[0]?.text).toMatch(/^“For a long time, Belarus and OHCHR fruitfully cooperated/),
    );
  });

  it('tells the reader where to go when no paragraph is chosen', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    await screen.findByRole('heading', { level: 2, name: /Cooperation with the Office/ });
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(statusText()).toMatch(/^Move to a paragraph first/));
    expect(reader.clipboard.writes).toEqual([]);
  });

  it('offers the same actions in the context menu, by keyboard', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    const cite4 = await screen.findByRole('button', { name: 'Cite paragraph 4 (copy with citation)' });
    cite4.focus(); // as a keyboard user would, then the Menu key
    fireEvent.contextMenu(cite4);
    const menu = screen.getByRole('menu', { name: 'Actions for paragraph 4' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Copy paragraph 4 with citation', 'Bookmark paragraph 4', 'Add a note…']);
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Copy paragraph 4 with citation' }));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Bookmark paragraph 4' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(reader.userData.bookmarks.list().map((bookmark) => bookmark.paragraphId)).toEqual(['p4']);
    fireEvent.contextMenu(cite4);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(cite4);
  });
});

describe('bookmarks with notes', () => {
  it('bookmarks a paragraph, adds a note in the panel, jumps back to it, deletes it and undoes the delete', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    await user.click(await screen.findByRole('button', { name: 'Bookmark paragraph 5' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: /^Bookmarks \(1\)$/ })).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Add a note' }));
    const panel = screen.getByRole('region', { name: 'Bookmarks' });
    const field = within(panel).getByRole('textbox', { name: 'Note on section 3, paragraph 5' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'Ask the legal adviser{Enter}about this');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(reader.userData.bookmarks.list()[0]?.note).toBe('Ask the legal adviser\nabout this'));
    // Main answers once the note is on disk; the panel shows it then.
    expect(await within(panel).findByText(/Ask the legal adviser/)).toBeTruthy();
    // The note shows under the paragraph too.
    expect(await within(paragraphRegion(5)).findByText(/Ask the legal adviser/)).toBeTruthy();

    // Go elsewhere, then jump back from the panel.
    window.location.hash = `#/${DOC}/${MECHANISMS}`;
    await screen.findByRole('heading', { level: 2, name: /Human Rights Council’s mechanisms/ });
    await user.click(within(panel).getByRole('link', { name: 'Section 3, paragraph 5' }));
    await waitFor(() => expect(document.activeElement).toBe(paragraphRegion(5)));

    await user.click(within(panel).getByRole('button', { name: 'Delete bookmark on section 3, paragraph 5' }));
    await waitFor(() => expect(reader.userData.bookmarks.list()).toEqual([]));
    await waitFor(() => expect(statusText()).toBe('Deleted the bookmark on section 3, paragraph 5 and its note.'));
    // The Delete button is gone: the focus is on Undo, so Enter undoes.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(reader.userData.bookmarks.list().map((bookmark) => bookmark.note)).toEqual([
        'Ask the legal adviser\nabout this',
      ]),
    );
    await waitFor(() => expect(within(panel).getByRole('link', { name: 'Section 3, paragraph 5' })).toBeTruthy());
  });

  it('cancels a note edit with Escape and keeps the saved note', async () => {
    const reader = openTestReader();
    reader.userData.bookmarks.add({ documentId: DOC, sectionId: OHCHR, paragraphId: 'p1', note: 'original' });
    const { user } = open({ hash: `#/${DOC}/${OHCHR}`, reader });
    await user.keyboard('{Control>}b{/Control}');
    const panel = await screen.findByRole('region', { name: 'Bookmarks' });
    await user.click(await within(panel).findByRole('button', { name: 'Edit note on section 3, paragraph 1' }));
    await user.type(within(panel).getByRole('textbox'), ' changed');
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('textbox')).toBeNull();
    expect(reader.userData.bookmarks.list()[0]!.note).toBe('original');
    expect(document.activeElement).toBe(
      within(panel).getByRole('button', { name: 'Edit note on section 3, paragraph 1' }),
    );
  });

  it('toggles the bookmark of the focused paragraph with Ctrl+D and exports through main', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}/p2` });
    await waitFor(() => expect(document.activeElement).toBe(paragraphRegion(2)));
    await user.keyboard('{Control>}d{/Control}');
    await waitFor(() =>
      expect(reader.userData.bookmarks.list().map((bookmark) => bookmark.paragraphId)).toEqual(['p2']),
    );
    // Main answers once the bookmark is on disk; the reader is told then.
    await waitFor(() => expect(statusText()).toBe('Bookmarked paragraph 2.'));
    reader.saveDialog.answer = join(tempDir('reader-renderer-export-'), 'cable notes.md');
    await user.keyboard('{Control>}{Shift>}E{/Shift}{/Control}');
    await waitFor(() => expect(statusText()).toBe('Saved 1 bookmark with notes as cable notes.md.'));
  });
});

describe('comfort', () => {
  it('switches theme and text size, applies them to the page and saves them', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    await screen.findByRole('heading', { level: 2, name: /Cooperation with the Office/ });
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.keyboard('{Control>}={/Control}');
    await waitFor(() => expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.1'));
    await user.keyboard('{Control>}={/Control}');
    await waitFor(() => expect(reader.userData.settings.get()).toEqual({ theme: 'dark', textScale: 1.25 }));
    await user.click(screen.getByRole('button', { name: 'Smaller text' }));
    await waitFor(() => expect(reader.userData.settings.get().textScale).toBe(1.1));
    await user.keyboard('{Control>}0{/Control}');
    await waitFor(() => expect(reader.userData.settings.get().textScale).toBe(1));
    expect(screen.getByRole('button', { name: 'Text size 100%, reset' })).toBeTruthy();
  });

  it('obeys the commands of the application menu', async () => {
    const { reader } = open({ hash: `#/${DOC}/${OHCHR}` });
    await screen.findByRole('heading', { level: 2, name: /Cooperation with the Office/ });
    act(() => reader.events.command('theme-dark'));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    act(() => reader.events.command('show-about'));
    const dialog = await screen.findByRole('dialog', { name: /^About Offline Reference Reader$/ });
    await waitFor(() =>
      expect(within(dialog).getByText(shortFingerprint(reader.services.status.stamp.contentHash))).toBeTruthy(),
    );
    expect(within(dialog).getByText('0.1.0')).toBeTruthy();
    // The document open, by its descriptive title, with the heading it was published under.
    expect(
      within(dialog).getByText('Statement of the Republic of Belarus on cooperation with the UN human rights system'),
    ).toBeTruthy();
    expect(within(dialog).getByText('The United Nations High Commissioner for Human Rights')).toBeTruthy();
    expect(within(dialog).queryByText(reader.services.status.stamp.contentHash)).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('memory', () => {
  it('reopens where the reader left off', async () => {
    const reader = openTestReader();
    reader.userData.position.set({ documentId: DOC, sectionId: MECHANISMS, paragraphId: 'p4' });
    open({ reader });
    await waitFor(() => expect(document.activeElement).toBe(paragraphRegion(4)));
    expect(window.location.hash).toBe(`#/${DOC}/${MECHANISMS}/p4`);
  });

  it('remembers each place the reader goes to', async () => {
    const { reader, user } = open({ hash: `#/${DOC}/${OHCHR}` });
    await user.click(await screen.findByRole('link', { name: /Human Rights Council’s mechanisms/ }));
    await waitFor(() =>
      expect(reader.userData.position.get()).toEqual({ documentId: DOC, sectionId: MECHANISMS, paragraphId: null }),
    );
  });

  it('shows a notice about a data file set aside once, until dismissed', async () => {
    const dir = tempDir('reader-renderer-notice-');
    writeFileSync(join(dir, 'bookmarks.json'), 'not json at all');
    const { user } = open({ hash: `#/${DOC}/${OHCHR}`, reader: openTestReader(undefined, { userDataDir: dir }) });
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(
      /Your bookmarks file could not be used \(it is not valid JSON.*kept as "bookmarks\.unreadable-.*\.json".*no bookmarks\./,
    );
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('reading history', () => {
  it('goes back and forward with Alt+arrows, the mouse side buttons and the toolbar, never past the first place', async () => {
    const { user } = open({ hash: `#/${DOC}/${OHCHR}` });
    const heading = (name: RegExp) => screen.findByRole('heading', { level: 2, name });
    await heading(/Cooperation with the Office/);
    const back = screen.getByRole('button', { name: 'Back' });
    const forward = screen.getByRole('button', { name: 'Forward' });
    expect(back).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('link', { name: /Human Rights Council’s mechanisms/ }));
    await heading(/Human Rights Council’s mechanisms/);
    await waitFor(() => expect(back).toHaveProperty('disabled', false));

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await heading(/Cooperation with the Office/);
    await waitFor(() => expect(forward).toHaveProperty('disabled', false));
    expect(back).toHaveProperty('disabled', true);
    // At the first place, Back stays in the reader.
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe(`#/${DOC}/${OHCHR}`);

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await heading(/Human Rights Council’s mechanisms/);
    fireEvent.mouseDown(document.body, { button: 3 });
    const backButtonUp = fireEvent.mouseUp(document.body, { button: 3 });
    expect(backButtonUp).toBe(false); // handled: the browser does not navigate a second time
    await heading(/Cooperation with the Office/);
    fireEvent.mouseUp(document.body, { button: 4 });
    await heading(/Human Rights Council’s mechanisms/);
    await user.click(back);
    await heading(/Cooperation with the Office/);
  });
});
