import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/src/app/app';
import { openTestReader } from '../../support/reader-services';

beforeEach(() => {
  // A fresh reader (and user-data folder) per test: the app reopens where the previous test left off otherwise.
  window.reader = openTestReader().api;
});

describe('reader app (jsdom, real handlers in-process)', () => {
  it('opens on the first section, with the table of contents and numbered paragraphs', async () => {
    render(<App />);
    const toc = await screen.findByRole('navigation', { name: 'Table of contents' });
    await waitFor(() => expect(within(toc).getAllByRole('link')).toHaveLength(5));
    expect(await screen.findByRole('heading', { level: 2, name: 'Opening statement' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getAllByRole('region', { name: /^Paragraph \d$/ })).toHaveLength(5);
    expect(
      within(toc)
        .getByRole('link', { name: /Opening statement/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(window.location.hash).toBe('#/belarus-un-human-rights-cooperation/opening-statement');
  });

  it('opens the section a deep link names and marks its paragraph', async () => {
    window.location.hash = '#/belarus-un-human-rights-cooperation/cooperation-with-human-rights-treaty-bodies/p2';
    render(<App />);
    const paragraph = await screen.findByRole('region', { name: 'Paragraph 2' });
    expect(paragraph.textContent).toContain('Currently, Belarus has no delays in reporting.');
    expect(paragraph.className).toContain('target');
  });

  it('shows a clear error for a deep link to a section that does not exist', async () => {
    window.location.hash = '#/belarus-un-human-rights-cooperation/no-such-section';
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("has no section 'no-such-section'");
  });

  it('searches as the reader types and opens a result at its paragraph, highlighted', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Opening statement' });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'CEDAW');
    const results = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(within(results).getByRole('status').textContent).toMatch(/^1 passage in 1 section/));
    expect(screen.queryByRole('navigation', { name: 'Table of contents' })).toBeNull();
    await user.click(within(results).getByRole('option', { name: /CEDAW/ }));
    const paragraph = await screen.findByRole('region', { name: 'Paragraph 3' });
    await waitFor(() =>
      expect([...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['CEDAW']),
    );
    expect(window.location.hash).toBe(
      '#/belarus-un-human-rights-cooperation/cooperation-with-human-rights-treaty-bodies/p3',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '{Escape}');
    expect(await screen.findByRole('navigation', { name: 'Table of contents' })).toBeTruthy();
  });

  it('tells the reader when a search has nothing to look for', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '***');
    const results = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() => expect(within(results).getByRole('status').textContent).toMatch(/no word to look for/));
    // Said calmly where the results go: unfinished input is not an alarm.
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
