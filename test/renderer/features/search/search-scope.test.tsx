/**
 * Where a search looks ("Search in": this document, all documents, one language), against the REAL
 * handlers in-process: each choice changes what is searched (compared with the same search asked of
 * main directly), results are grouped by document under its title and language (`lang`, `dir`), a
 * Russian query shows the Russian document first, the notice names the languages searched, and the
 * reading pane marks the words of a hit opened in the scope it was found in.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import type { SearchRequest, SearchResponse } from '../../../../src/shared/contract';
import { openTestReader, type TestReader } from '../../../support/reader-services';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

const STATEMENT = 'belarus-un-human-rights-cooperation';
const STATEMENT_TITLE = 'Statement of the Republic of Belarus on cooperation with the UN human rights system';

let reader: TestReader;

afterEach(() => {
  delete window.reader;
});

async function openApp() {
  reader = openTestReader();
  window.reader = reader.api;
  window.location.hash = `#/${STATEMENT}/opening-statement`;
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Opening statement' });
  const box = screen.getByRole('searchbox', { name: 'Search' });
  return { user, box };
}

/** The same search asked of main directly. */
async function direct(request: SearchRequest): Promise<SearchResponse> {
  const result = await reader.api.search(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const results = () => screen.getByRole('region', { name: 'Search results' });
const summary = () => within(results()).getByRole('status');
const scopeSelect = () => screen.getByRole('combobox', { name: 'Search in' });
/** The document groups of the results list, outermost groups only. */
const documentGroups = () =>
  within(within(results()).getByRole('listbox'))
    .getAllByRole('group')
    .filter((group) => group.classList.contains('result-document'));
/** The document of each result, in the order the list shows them. */
const shownDocuments = () =>
  within(results())
    .getAllByRole('option')
    .map((option) => option.closest('[data-document]')?.getAttribute('data-document'));
const distinct = (ids: readonly (string | null | undefined)[]) => [...new Set(ids)];

describe('search scope', () => {
  it('offers this document, all documents and each language of the library with its number of documents; all by default', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'human rights');
    const options = within(scopeSelect()).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'This document',
      'All documents',
      'English (2 documents)',
      'Arabic (1 document)',
      'Belarusian (1 document)',
      'Chinese (1 document)',
      'French (1 document)',
      'Russian (1 document)',
      'Spanish (1 document)',
    ]);
    expect((scopeSelect() as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('All documents');
  });

  it('each choice changes what is searched: the same passages main finds in that scope, the query run again at once', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'human rights');

    const all = await direct({ query: 'human rights' });
    await waitFor(() =>
      expect(summary().textContent).toMatch(new RegExp(`^${all.total} passages in \\d+ sections of 2 documents\\.`)),
    );
    expect(distinct(shownDocuments())).toEqual(distinct(all.hits.map((hit) => hit.documentId)));
    expect(distinct(shownDocuments())).toEqual(['udhr-eng', STATEMENT]);

    await user.selectOptions(scopeSelect(), 'This document');
    const statement = await direct({ query: 'human rights', documentId: STATEMENT });
    expect(statement.total).toBeLessThan(all.total);
    await waitFor(() =>
      expect(summary().textContent).toMatch(new RegExp(`^${statement.total} passages in \\d+ sections\\.`)),
    );
    expect(distinct(shownDocuments())).toEqual([STATEMENT]);
    expect(within(results()).getAllByRole('option').length).toBe(statement.hits.length);

    await user.selectOptions(scopeSelect(), 'English (2 documents)');
    const english = await direct({ query: 'human rights', language: 'en' });
    await waitFor(() => expect(summary().textContent).toMatch(new RegExp(`^${english.total} passages in `)));
    expect(distinct(shownDocuments())).toEqual(['udhr-eng', STATEMENT]);

    await user.selectOptions(scopeSelect(), 'French (1 document)');
    await user.clear(box);
    await user.type(box, 'droits');
    const french = await direct({ query: 'droits', language: 'fr' });
    expect(french.total).toBeGreaterThan(0);
    await waitFor(() => expect(summary().textContent).toMatch(new RegExp(`^${french.total} passages in `)));
    expect(distinct(shownDocuments())).toEqual(['udhr-fra']);
  });

  it('keeps the choice for the session: a cleared box and a new query still search there', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'права');
    await user.selectOptions(scopeSelect(), 'Belarusian (1 document)');
    await waitFor(() => expect(distinct(shownDocuments())).toEqual(['udhr-bel']));
    await user.click(box);
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    await user.type(box, 'права');
    await waitFor(() => expect(within(results()).getAllByRole('option').length).toBeGreaterThan(0));
    expect(distinct(shownDocuments())).toEqual(['udhr-bel']);
    expect((scopeSelect() as HTMLSelectElement).value).toBe('language:be');
  });

  it('groups results by document under its title and language, each group and snippet marked with the language', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'права');
    // A Russian query in all documents: the Russian document first, then the Belarusian one.
    await waitFor(() => expect(documentGroups().length).toBe(2));
    const [russian, belarusian] = documentGroups();
    expect(russian!.getAttribute('aria-label')).toMatch(
      /^Всеобщая декларация прав человека \(Russian\): \d+ passages$/,
    );
    expect(belarusian!.getAttribute('aria-label')).toMatch(/\(Belarusian\): \d+ passages?$/);
    expect([russian!.lang, russian!.dir, belarusian!.lang, belarusian!.dir]).toEqual(['ru', 'ltr', 'be', 'ltr']);
    const heading = russian!.querySelector('.result-document-title')!;
    expect(heading.textContent).toBe('Всеобщая декларация прав человека Russian');
    // The language's name is English text inside a Russian group.
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe('Russian');
    const snippets = Array.from(russian!.querySelectorAll('.result-snippet'));
    expect(snippets.length).toBeGreaterThan(0);
    expect(snippets.every((snippet) => snippet.getAttribute('lang') === 'ru')).toBe(true);

    // Arabic runs right to left: its group and snippets say so.
    await user.clear(box);
    await user.type(box, 'حقوق');
    await waitFor(() => expect(documentGroups().map((group) => [group.lang, group.dir])).toEqual([['ar', 'rtl']]));
    const arabicSnippets = Array.from(documentGroups()[0]!.querySelectorAll('.result-snippet'));
    expect(arabicSnippets.every((snippet) => snippet.getAttribute('dir') === 'rtl')).toBe(true);

    // The statement is headed by its descriptive title, not its heading as published.
    await user.clear(box);
    await user.type(box, 'UPR');
    await waitFor(() =>
      expect(documentGroups().map((group) => group.getAttribute('aria-label'))).toEqual([
        `${STATEMENT_TITLE} (English): 2 passages`,
      ]),
    );
  });

  it('names the languages searched when the query is in a script none of them is written in', async () => {
    const { user, box } = await openApp();
    await user.type(box, 'права');
    await user.selectOptions(scopeSelect(), 'English (2 documents)');
    await waitFor(() =>
      expect(summary().textContent).toBe(
        'No results. No passage matches “права”: it is written in Cyrillic script, and the documents searched are in English.',
      ),
    );
    await user.selectOptions(scopeSelect(), 'This document');
    await user.clear(box);
    await user.type(box, 'حقوق');
    await waitFor(() =>
      expect(summary().textContent).toBe(
        'No results. No passage matches “حقوق”: it is written in Arabic script, and the documents searched are in English.',
      ),
    );
  });

  it('offers no choice in a library of one document', async () => {
    const single = openTempReader({
      'only.md': sourceDocument('only', 'The only document', [{ title: 'First', paragraphs: ['A word or two.'] }]),
    });
    try {
      window.reader = single.api;
      window.location.hash = '#/only/first';
      const user = userEvent.setup();
      render(<App />);
      await screen.findByRole('heading', { level: 2, name: 'First' });
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'word');
      await waitFor(() => expect(summary().textContent).toMatch(/^1 passage in 1 section\./));
      expect(screen.queryByRole('combobox', { name: 'Search in' })).toBeNull();
    } finally {
      single.remove();
    }
  });

  it('marks the words of a hit opened in another document, as the search in that scope matched them', async () => {
    const { user, box } = await openApp();
    // In French documents alone no passage has both words (in English ones some do): the partial
    // matches answer, and the pane must mark them as the results did.
    await user.click(screen.getByRole('tab', { name: /Results/ }));
    await user.selectOptions(scopeSelect(), 'French (1 document)');
    await user.type(box, 'rights declaration');
    await waitFor(() => expect(summary().textContent).toMatch(/No passage holds all of these words/));
    expect(distinct(shownDocuments())).toEqual(['udhr-fra']);
    await user.click(within(results()).getAllByRole('option')[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Article 28' });
    const pane = screen.getByRole('main');
    await waitFor(() => expect(pane.querySelectorAll('mark').length).toBeGreaterThan(0));
    expect(Array.from(pane.querySelectorAll('mark'), (mark) => mark.textContent.toLowerCase())).toContain(
      'déclaration',
    );
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Hits in this section' }).textContent).toMatch(/Passage 1 of 1/),
    );
  });
});
