/**
 * Parallel reading in the app (jsdom, real handlers over the bundled library): the Languages bar of
 * a work with several languages, switching language at the same place, a second language beside
 * the first aligned section by section, its language and direction, Swap and Close.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../scripts/corpus-files';
import { App } from '../../../../src/renderer/src/app/app';
import { STATEMENT_ID } from '../../../support/paths';
import { openTestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

beforeEach(() => {
  window.reader = openTestReader().api;
});

const bar = () => screen.findByRole('group', { name: 'Languages' });
const primary = () => screen.getByRole('main').querySelector<HTMLElement>('article.section')!;
const besideColumn = () => screen.getByRole('main').querySelector<HTMLElement>('article.beside-section');

async function openAt(hash: string, heading: string) {
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: heading });
  return user;
}

describe('parallel reading', () => {
  it('shows no Languages bar for a document that stands alone (the statement)', async () => {
    await openAt(`#/${STATEMENT_ID}/opening-statement`, 'Opening statement');
    expect(screen.queryByRole('group', { name: 'Languages' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Read beside' })).toBeNull();
  });

  it('offers every language of the declaration and switches the open section to another, keeping the place', async () => {
    const user = await openAt('#/udhr-eng/article-23/p3', 'Article 23');
    const languages = within(await bar()).getByRole('combobox', { name: 'Language' });
    expect(
      within(languages)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Arabic (العربية)',
      'Belarusian (беларуская)',
      'Chinese (中文)',
      'English',
      'French (français)',
      'Russian (русский)',
      'Spanish (español)',
    ]);
    expect((languages as HTMLSelectElement).value).toBe('udhr-eng');
    // Article 23 has four numbered paragraphs in every language: paragraph 3 stays paragraph 3.
    await user.selectOptions(languages, 'udhr-rus');
    await screen.findByRole('heading', { level: 2, name: 'Статья 23' });
    expect(window.location.hash).toBe('#/udhr-rus/article-23/p3');
    expect(screen.getByRole('region', { name: 'Paragraph 3' }).className).toContain('target');
    expect(primary().lang).toBe('ru');
    // The preamble has 10 paragraphs in English and 9 in Arabic: the section is kept, not a paragraph.
    window.location.hash = '#/udhr-eng/preamble/p5';
    await screen.findByRole('heading', { level: 2, name: 'Preamble' });
    await user.selectOptions(within(await bar()).getByRole('combobox', { name: 'Language' }), 'udhr-arb');
    await screen.findByRole('heading', { level: 2, name: 'الديباجة' });
    expect(window.location.hash).toBe('#/udhr-arb/preamble');
  });

  it('reads Arabic beside English, article 19 beside article 19, paragraph by paragraph, labelled ar and right to left', async () => {
    const user = await openAt('#/udhr-eng/article-19', 'Article 19');
    const choice = within(await bar()).getByRole('combobox', { name: 'Read beside' });
    await user.selectOptions(choice, 'udhr-arb');
    expect(window.location.hash).toBe('#/udhr-eng/article-19?beside=udhr-arb');
    const arabic = await waitFor(() => {
      const column = besideColumn();
      expect(column?.querySelector('h2')?.textContent).toBe('المادة 19');
      return column!;
    });
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.closest('[data-alignment]')!.getAttribute('data-alignment')).toBe('paragraphs');
    const paragraphs = arabic.querySelectorAll<HTMLElement>('.beside-paragraph');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.textContent).toContain('لكل شخص الحق في حرية الرأي والتعبير');
    for (const text of arabic.querySelectorAll('.beside-paragraph, .paragraph-text')) {
      expect(text.getAttribute('lang')).toBe('ar');
      expect(text.getAttribute('dir')).toBe('rtl');
    }
    // The column's label and the reader's own words in it are English.
    expect(within(arabic).getByText('Arabic').getAttribute('lang')).toBe('en');
    // The English column is labelled too, and keeps the document's ids, citations and bookmarks.
    expect(primary().getAttribute('lang')).toBe('en');
    expect(primary().getAttribute('dir')).toBe('ltr');
    expect(primary().querySelector('#p1 .paragraph-text')!.textContent).toMatch(/^Everyone has the right to freedom/);
    expect(arabic.querySelector('[id^="p"], [data-part], [data-paragraph]')).toBeNull();
    // The section in front stays as it was (not remounted): the focus stays where the reader chose.
    expect(document.activeElement).toBe(choice);
  });

  it('aligns the preamble with the preamble, side by side when their paragraphs differ in number', async () => {
    await openAt('#/udhr-eng/preamble?beside=udhr-arb', 'Preamble');
    await waitFor(() => expect(besideColumn()?.querySelector('h2')?.textContent).toBe('الديباجة'));
    expect(besideColumn()!.closest('[data-alignment]')!.getAttribute('data-alignment')).toBe('sections');
    expect(primary().querySelectorAll('.paragraph')).toHaveLength(10);
    expect(besideColumn()!.querySelectorAll('.beside-paragraph')).toHaveLength(9);
    expect((within(await bar()).getByRole('combobox', { name: 'Read beside' }) as HTMLSelectElement).value).toBe(
      'udhr-arb',
    );
  });

  it('keeps the second language while moving through the document (next section, contents)', async () => {
    const user = await openAt('#/udhr-eng/article-19?beside=udhr-fra', 'Article 19');
    await waitFor(() => expect(besideColumn()?.querySelector('h2')?.textContent).toBe('Article 19'));
    await user.click(screen.getByRole('link', { name: 'Next section →' }));
    await waitFor(() => expect(primary().querySelector('h2')!.textContent).toBe('Article 20'));
    expect(window.location.hash).toBe('#/udhr-eng/article-20?beside=udhr-fra');
    await waitFor(() => expect(besideColumn()?.querySelector('h2')?.textContent).toBe('Article 20'));
    expect(besideColumn()!.getAttribute('lang')).toBe('fr');
    expect(besideColumn()!.getAttribute('dir')).toBe('ltr');
    const contents = screen.getByRole('navigation', { name: 'Table of contents' });
    await user.click(within(contents).getByRole('link', { name: /Article 3\b/ }));
    await waitFor(() => expect(primary().querySelector('h2')!.textContent).toBe('Article 3'));
    expect(window.location.hash).toBe('#/udhr-eng/article-3?beside=udhr-fra');
  });

  it('swaps the two languages at the same place, and closes the second one', async () => {
    const user = await openAt('#/udhr-eng/article-19?beside=udhr-arb', 'Article 19');
    await waitFor(() => expect(besideColumn()?.querySelector('h2')?.textContent).toBe('المادة 19'));
    await user.click(screen.getByRole('button', { name: 'Swap languages' }));
    await screen.findByRole('heading', { level: 2, name: 'المادة 19' });
    expect(window.location.hash).toBe('#/udhr-arb/article-19?beside=udhr-eng');
    expect(primary().getAttribute('lang')).toBe('ar');
    expect(primary().getAttribute('dir')).toBe('rtl');
    expect(primary().querySelector('.section-kicker')!.getAttribute('lang')).toBe('en');
    await waitFor(() => expect(besideColumn()?.querySelector('h2')?.textContent).toBe('Article 19'));
    expect(besideColumn()!.getAttribute('lang')).toBe('en');
    // Choosing, as the language in front, the one beside swaps them too.
    await user.selectOptions(within(await bar()).getByRole('combobox', { name: 'Language' }), 'udhr-eng');
    await screen.findByRole('heading', { level: 2, name: 'Article 19' });
    expect(window.location.hash).toBe('#/udhr-eng/article-19?beside=udhr-arb');

    await user.click(screen.getByRole('button', { name: 'Close the second language' }));
    await waitFor(() => expect(besideColumn()).toBeNull());
    expect(window.location.hash).toBe('#/udhr-eng/article-19');
    expect(screen.queryByRole('button', { name: 'Swap languages' })).toBeNull();
    expect(document.activeElement).toBe(within(await bar()).getByRole('combobox', { name: 'Read beside' }));
    expect((within(await bar()).getByRole('combobox', { name: 'Read beside' }) as HTMLSelectElement).value).toBe('');
  });

  it('labels the contents and the list of documents with each one’s language', async () => {
    await openAt('#/udhr-arb/article-19', 'المادة 19');
    const contents = screen.getByRole('navigation', { name: 'Table of contents' });
    const title = await within(contents).findByText('المادة 19');
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const picker = screen.getByRole('combobox', { name: 'Document' });
    const languages = Object.fromEntries(
      within(picker)
        .getAllByRole('option')
        .map((option) => [(option as HTMLOptionElement).value, option.getAttribute('lang')]),
    );
    expect(languages).toMatchObject({
      [STATEMENT_ID]: 'en',
      'udhr-arb': 'ar',
      'udhr-cmn-hans': 'zh',
      'udhr-bel': 'be',
    });
  });

  it('ignores a document beside that is not a language of the same work', async () => {
    await openAt(`#/udhr-eng/article-1?beside=${STATEMENT_ID}`, 'Article 1');
    await bar();
    expect(besideColumn()).toBeNull();
  });

  it('pairs any work’s languages by section id, and says when the one beside lacks the section', async () => {
    const sources = tempDir('reader-work-');
    const source = (id: string, language: string, sections: string) =>
      writeFileSync(
        join(sources, `${id}.md`),
        `---\nid: ${id}\ntitle: T ${language}\nissuer: I\nlanguage: ${language}\nwork: treaty\nprovenance: Written for this test.\n---\n\n${sections}`,
      );
    source('treaty-de', 'de', '## Eins {#one}\n\nErster.\n\n## Zwei {#two}\n\nZweiter.\n');
    source('treaty-he', 'he', '## אחד {#one}\n\nראשון.\n');
    const corpus = join(tempDir('reader-work-out-'), 'corpus');
    buildCorpus(sources, corpus);
    window.reader = openTestReader(corpus).api;
    const user = await openAt('#/treaty-de/two?beside=treaty-he', 'Zwei');
    await waitFor(() => expect(besideColumn()?.textContent).toContain('The Hebrew text has no section “two”.'));
    expect(besideColumn()!.getAttribute('dir')).toBe('rtl');
    // Switching to a language without the section opens its first one.
    await user.selectOptions(within(await bar()).getByRole('combobox', { name: 'Language' }), 'treaty-he');
    await screen.findByRole('heading', { level: 2, name: 'אחד' });
    expect(window.location.hash).toBe('#/treaty-he/one?beside=treaty-de');
  });
});
