import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../scripts/corpus-files';
import { App } from '../../../../src/renderer/src/app/app';
import { DOCUMENTS_DIR, STATEMENT_ID } from '../../../support/paths';
import { openTestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const SECOND = `---
id: annex
title: An annex
issuer: Somebody
language: en
provenance: Written for this test.
---

## Only section

Annex text.
`;

/** A corpus built from the bundled statement alone, plus `extra` files (name → Markdown). */
function statementCorpus(extra: Record<string, string> = {}): string {
  const sources = tempDir('reader-sources-');
  copyFileSync(join(DOCUMENTS_DIR, `${STATEMENT_ID}.md`), join(sources, `${STATEMENT_ID}.md`));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(sources, name), text);
  const corpus = join(tempDir('reader-out-'), 'corpus');
  buildCorpus(sources, corpus);
  return corpus;
}

describe('a library of several documents', () => {
  it('offers a document picker (each document by its descriptive title when it has one) and opens the chosen document at its first section', async () => {
    window.reader = openTestReader(statementCorpus({ 'annex.md': SECOND })).api;

    const user = userEvent.setup();
    render(<App />);
    const picker = await screen.findByRole('combobox', { name: 'Document' });
    // Documents come in file-name order: annex.md before belarus-….md.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['An annex', 'Statement of the Republic of Belarus on cooperation with the UN human rights system']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Only section' })).toBeTruthy();
    await user.selectOptions(picker, 'belarus-un-human-rights-cooperation');
    expect(await screen.findByRole('heading', { level: 2, name: 'Opening statement' })).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByRole('navigation', { name: 'Table of contents' })).getAllByRole('link')).toHaveLength(
        5,
      ),
    );
    expect(window.location.hash).toBe('#/belarus-un-human-rights-cooperation/opening-statement');
  });

  it('shows no picker for a single document', async () => {
    window.reader = openTestReader(statementCorpus()).api;
    render(<App />);
    await screen.findByRole('navigation', { name: 'Table of contents' });
    expect(screen.queryByRole('combobox', { name: 'Document' })).toBeNull();
  });
});
