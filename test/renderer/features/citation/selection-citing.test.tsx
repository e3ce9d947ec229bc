/**
 * Cite exactly what is selected, against the real handlers: the page sends where the selection
 * starts and ends, main quotes the corpus. Ctrl/Cmd+Shift+C and the context menu; plain Copy.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { openTestReader, type TestReader } from '../../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const TREATY = 'cooperation-with-human-rights-treaty-bodies';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';

async function open(sectionId: string): Promise<{ reader: TestReader; user: ReturnType<typeof userEvent.setup> }> {
  const reader = openTestReader();
  window.reader = reader.api;
  window.location.hash = `#/${DOC}/${sectionId}`;
  render(<App />);
  await screen.findByRole('region', { name: 'Paragraph 1' });
  return { reader, user: userEvent.setup() };
}

/** The text node of a part as the reading pane shows it (a paragraph's words, or a list item's). */
function textNode(partId: string): Text {
  const node = document.querySelector(`[data-text-of="${partId}"]`)?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no text for ${partId}`);
  return node;
}

/** Selects from `from` (in the text of `startPart`) to `to` (in `endPart`), as a drag would. */
function select(startPart: string, from: string | number, endPart: string, to: string | number): void {
  const start = textNode(startPart);
  const end = textNode(endPart);
  const range = document.createRange();
  range.setStart(start, typeof from === 'number' ? from : start.data.indexOf(from));
  range.setEnd(end, typeof to === 'number' ? to : end.data.indexOf(to) + to.length);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const statusText = () => document.querySelector('.status-text')?.textContent ?? '';

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  delete window.reader;
});

describe('copy with citation of a selection', () => {
  it('quotes the selected words verbatim with ellipses inside a sentence (Ctrl+Shift+C)', async () => {
    const { reader, user } = await open(TREATY);
    select('p1', 'almost all', 'p1', 'rights treaties');
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(statusText()).toBe('Copied the selected words with their citation.'));
    expect(reader.clipboard.writes[0]!.text).toMatch(
      /^“…almost all the core international human rights treaties…”\n— .*, section 2 “Cooperation with human rights treaty bodies”, paragraph 1\.$/,
    );
  });

  it('cites a selection across paragraphs as “paragraphs 2–3”, and list items as “items 2–3”', async () => {
    const { reader, user } = await open(TREATY);
    select('p2', 0, 'p3', 'held dialogues');
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(reader.clipboard.writes).toHaveLength(1));
    expect(reader.clipboard.writes[0]!.text).toMatch(/^“Currently, Belarus has no delays in reporting\.\nFrom 2016/);
    expect(reader.clipboard.writes[0]!.text).toMatch(/, paragraphs 2–3\.$/);

    window.location.hash = `#/${DOC}/${MECHANISMS}`;
    await screen.findByRole('heading', { level: 2, name: /Human Rights Council’s mechanisms/ });
    select('p6-i2', 0, 'p6-i3', 'violence');
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(reader.clipboard.writes).toHaveLength(2));
    expect(reader.clipboard.writes[1]!.text).toMatch(/^• “Special rapporteur on the right of everyone/);
    expect(reader.clipboard.writes[1]!.text).toMatch(/, paragraph 6, items 2–3\.$/);
  });

  it('numbers list items in the gutter as the citation does', async () => {
    await open(MECHANISMS);
    const list = screen.getByRole('region', { name: 'Paragraph 6' }).querySelector('ol.paragraph-list')!;
    expect(Array.from(list.querySelectorAll('li'), (item) => (item as HTMLLIElement).value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('without a selection, cites the paragraph in focus as before', async () => {
    const { reader, user } = await open(TREATY);
    screen.getByRole('button', { name: /^Cite paragraph 2/ }).focus();
    await user.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    await waitFor(() => expect(statusText()).toBe('Copied paragraph 2 with its citation.'));
    expect(reader.clipboard.writes[0]!.text).toMatch(
      /^“Currently, Belarus has no delays in reporting\.”\n— .*paragraph 2\.$/,
    );
  });
});

describe('the context menu with a selection', () => {
  it('offers Copy (plain, through main) and Copy selection with citation, before the paragraph’s own', async () => {
    const { reader, user } = await open(TREATY);
    select('p1', 'almost all', 'p1', 'core');
    fireEvent.contextMenu(textNode('p1').parentElement!);
    const menu = screen.getByRole('menu', { name: 'Actions for paragraph 1' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Copy',
      'Copy selection with citation',
      'Copy paragraph 1 with citation',
      'Bookmark paragraph 1',
      'Add a note…',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Copy' }));
    await waitFor(() => expect(reader.clipboard.writes).toEqual([{ text: 'almost all the core' }]));
    expect(statusText()).toBe('Copied.');

    select('p1', 'almost all', 'p1', 'core');
    fireEvent.contextMenu(textNode('p1').parentElement!);
    await user.click(screen.getByRole('menuitem', { name: 'Copy selection with citation' }));
    await waitFor(() => expect(reader.clipboard.writes).toHaveLength(2));
    expect(reader.clipboard.writes[1]!.text).toMatch(/^“…almost all the core…”\n/);
  });

  it('offers no plain Copy when nothing is selected', async () => {
    await open(TREATY);
    fireEvent.contextMenu(textNode('p1').parentElement!);
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).not.toContain('Copy');
  });
});
