/**
 * A search that a newer keystroke superseded (main answers it `superseded` at once, see
 * src/main/search-host/host-client.ts) is ignored quietly: the reader never sees it as an error.
 * The transport stands in for Electron's IPC and answers the first search of 'human' that way.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { SUPERSEDED_MESSAGE } from '../../../../src/main/search-host/host-protocol';
import { API_METHODS } from '../../../../src/shared/contract';
import { createReaderApi } from '../../../../src/shared/reader-api';
import { fail } from '../../../../src/shared/result';
import { openTestReader, TRUSTED_SENDER } from '../../../support/reader-services';

describe('a superseded search', () => {
  it('shows no error, and the next keystroke’s results come as usual', async () => {
    const reader = openTestReader();
    window.reader = createReaderApi(API_METHODS, async (channel, payload) =>
      channel === 'search:query' && (payload as { query: string }).query === 'human'
        ? fail('superseded', SUPERSEDED_MESSAGE)
        : reader.dispatch(TRUSTED_SENDER, channel, payload),
    );
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Opening statement' });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    const summary = () => within(screen.getByRole('region', { name: 'Search results' })).getByRole('status');

    await user.type(box, 'human');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(summary().textContent).not.toContain(SUPERSEDED_MESSAGE);
    expect(document.body.textContent).not.toContain(SUPERSEDED_MESSAGE);

    await user.type(box, ' rights');
    await waitFor(() => expect(summary().textContent).toMatch(/^\d+ passages? in \d+ sections?( of \d+ documents)?\./));
  });
});
