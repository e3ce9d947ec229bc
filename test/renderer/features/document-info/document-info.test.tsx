import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { openTestReader, type TestReader } from '../../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';
const OHCHR = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const DESCRIPTIVE = 'Statement of the Republic of Belarus on cooperation with the UN human rights system';
const HEADING = 'The United Nations High Commissioner for Human Rights';
const ISSUER = 'Ministry of Foreign Affairs of the Republic of Belarus';

function open(hash = `#/${DOC}/${OHCHR}`): { reader: TestReader; user: ReturnType<typeof userEvent.setup> } {
  const reader = openTestReader();
  window.reader = reader.api;
  window.location.hash = hash;
  render(<App />);
  return { reader, user: userEvent.setup() };
}

/** The dialog's definition list as term → description text. */
function facts(dialog: HTMLElement): Map<string, string> {
  const terms = within(dialog).getAllByRole('term');
  return new Map(terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}

const infoButton = () => screen.getByRole('button', { name: 'Document info' });

afterEach(() => {
  delete window.reader;
});

describe('what the document is', () => {
  it('names the document in the header by its descriptive title, with its heading as published and its issuer', async () => {
    open();
    const title = await screen.findByRole('heading', { level: 1, name: DESCRIPTIVE });
    expect(title.nextElementSibling?.textContent).toBe(`Published as “${HEADING}” · ${ISSUER}`);
  });

  it('opens Document info with Ctrl+I: title, heading as published, issuer, language, provenance, source, short fingerprint', async () => {
    const { reader, user } = open();
    await screen.findByRole('heading', { level: 2, name: /Cooperation with the Office/ });
    await waitFor(() => expect(infoButton()).toHaveProperty('disabled', false));
    await user.keyboard('{Control>}i{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Document info' });
    const hash = reader.services.status.integrity.actualHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await waitFor(() => expect(within(dialog).getByText(hash.slice(0, 12))).toBeTruthy());
    const shown = facts(dialog);
    expect(shown.get('Title')).toBe(DESCRIPTIVE);
    expect(shown.get('Published as')).toContain(`“${HEADING}”`);
    expect(shown.get('Issuer')).toBe(ISSUER);
    expect(shown.get('Language')).toBe('English (en)');
    expect(shown.get('Provenance')).toMatch(/^Statement of the Republic of Belarus on its cooperation/);
    expect(shown.get('Source')).toBe('resources/documents/belarus-un-human-rights-cooperation.md');
    expect(shown.get('Document id')).toBe(DOC);
    // One short form: 12 hex digits, never the 16 About used to show; the full hash stays hidden.
    expect(within(dialog).getByText(hash.slice(0, 12)).textContent).toHaveLength(12);
    expect(within(dialog).queryByText(hash.slice(0, 16))).toBeNull();
    expect(within(dialog).getByText(hash).hidden).toBe(true);
  });

  it('reveals the full 64-hex fingerprint on demand and copies it', async () => {
    const { reader, user } = open();
    await waitFor(() => expect(infoButton()).toHaveProperty('disabled', false));
    await user.click(infoButton());
    const dialog = await screen.findByRole('dialog', { name: 'Document info' });
    const hash = reader.services.status.integrity.actualHash;
    await within(dialog).findByText(hash.slice(0, 12));
    const show = within(dialog).getByRole('button', { name: 'Show full fingerprint' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const full = within(dialog).getByText(hash);
    expect(full.hidden).toBe(false);
    expect(full.id).toBe(show.getAttribute('aria-controls'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(reader.clipboard.writes.at(-1)?.text).toBe(hash));
    expect(within(dialog).getByRole('status').textContent).toBe('Full fingerprint copied.');
    await user.click(within(dialog).getByRole('button', { name: 'Hide full fingerprint' }));
    expect(full.hidden).toBe(true);
  });

  it('closes with Escape and gives the focus back to the button that opened it', async () => {
    const { user } = open();
    await waitFor(() => expect(infoButton()).toHaveProperty('disabled', false));
    await user.click(infoButton());
    const dialog = await screen.findByRole('dialog', { name: 'Document info' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(infoButton());
  });

  it('opens from the application menu too (File ▸ Document Info…)', async () => {
    const { reader } = open();
    await waitFor(() => expect(infoButton()).toHaveProperty('disabled', false));
    act(() => reader.events.command('show-document-info'));
    expect(await screen.findByRole('dialog', { name: 'Document info' })).toBeTruthy();
  });

  it('names a document without a descriptive title by its heading, and its language by name', async () => {
    const { user } = open('#/udhr-fra/preamble');
    await screen.findByRole('heading', { level: 1, name: /Déclaration universelle des droits de l/ });
    await waitFor(() => expect(infoButton()).toHaveProperty('disabled', false));
    await user.keyboard('{Control>}i{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Document info' });
    const shown = facts(dialog);
    expect(shown.get('Title')).toMatch(/^Déclaration universelle/);
    expect(shown.has('Published as')).toBe(false);
    expect(shown.get('Language')).toBe('French (fr)');
    expect(shown.get('Source')).toBe('resources/documents/udhr-fra.md');
  });
});
