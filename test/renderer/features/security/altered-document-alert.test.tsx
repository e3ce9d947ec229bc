/**
 * A document's text is checked when it is first read, not at startup: the reader opens on the
 * statement with no alert, and the alert appears once the reader opens the document whose file
 * was altered (the status is asked again when another document is shown).
 */
import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/renderer/src/app/app';
import { documentPath } from '../../../../src/main/corpus/corpus-loader';
import { openTestReader } from '../../../support/reader-services';
import { copyOfCorpus } from '../../../support/temp-corpus';

const DOC = 'belarus-un-human-rights-cooperation';
const ALTERED = 'udhr-eng';

/** The reader's API as the window gets it over IPC: every answer a copy, never main's own object. */
function overIpc<T extends object>(api: T): T {
  return Object.fromEntries(
    Object.entries(api).map(([name, member]) => [
      name,
      typeof member === 'function'
        ? async (...args: unknown[]) =>
            JSON.parse(JSON.stringify(await (member as (...a: unknown[]) => Promise<unknown>)(...args))) as unknown
        : member,
    ]),
  ) as T;
}

afterEach(() => {
  delete window.reader;
});

describe('an altered document found after startup', () => {
  it('raises the altered-text alert when that document is opened, not before', async () => {
    const dir = copyOfCorpus();
    const path = documentPath(dir, ALTERED);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"text":"', '"text":"Altered. '));
    const reader = openTestReader(dir);
    window.reader = overIpc(reader.api);
    window.location.hash = `#/${DOC}`;
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Statement of the Republic of Belarus/ });
    expect(screen.queryByRole('alert', { name: 'This document may have been altered' })).toBeNull();

    const section = reader.services.store.getToc(ALTERED)!.sections[0]!.id;
    window.location.hash = `#/${ALTERED}/${section}`;
    const alert = await screen.findByRole('alert', { name: 'This document may have been altered' });
    await waitFor(() => expect(alert.textContent).toContain(path));
    expect(reader.services.status.integrity.verified).toBe(false);
  });
});
