/**
 * The BUILT main process and its search host: main opens the window without waiting for the corpus,
 * starts the built host entry as a utility process (here a real Node child, see fake-electron.ts),
 * relays the library's channels to it, and starts a new one when it is killed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inProcessLibrary } from '../../../../src/main/library/corpus-library';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import { startBuiltMain } from '../../../support/built-main';
import type { FakeElectron, FakeIpcEvent } from '../../../support/fake-electron';
import { CORPUS_DIR, ROOT, STATEMENT_ID } from '../../../support/paths';
import { HOST_BUILT_ENTRY } from '../../../support/search-host';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

function ask(electron: FakeElectron, channel: string, payload?: unknown): Promise<unknown> {
  const contents = electron.windows[0]!.webContents;
  const event: FakeIpcEvent = { sender: contents, senderFrame: contents.mainFrame };
  return Promise.resolve(electron.ipcHandlers.get(channel)!(event, payload));
}

const local = inProcessLibrary(loadReaderServices(CORPUS_DIR));

describe('the built main process and its search host', () => {
  it('opens the window at once and answers searches from the built host entry, as in-process', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    expect(electron.windows).toHaveLength(1);
    expect(electron.utilityProcesses).toHaveLength(1);
    expect(electron.utilityProcesses[0]!.spawnargs.at(-1)).toBe(HOST_BUILT_ENTRY);
    const query = { query: 'human rights defenders' };
    // A first, cold search may run out of its processor-time budget while correcting (JIT and
    // shards still cold, on a busy machine) and say so in its notice: both sides answer once
    // before the answers are compared.
    await Promise.all([ask(electron, 'search:query', query), local.ask('search:query', query)]);
    expect(await ask(electron, 'search:query', query)).toEqual(await local.ask('search:query', query));
    const section = {
      query: 'cooperation',
      documentId: STATEMENT_ID,
      sectionId: 'cooperation-with-human-rights-treaty-bodies',
    };
    const highlights = await ask(electron, 'search:highlights', section);
    expect(highlights).toMatchObject({ ok: true });
    expect(highlights).toEqual(await local.ask('search:highlights', section));
  });

  it('starts a new host when the host is killed with SIGKILL, and goes on answering', async () => {
    const electron = await startBuiltMain({ appPath: ROOT });
    expect(await ask(electron, 'corpus:documents')).toMatchObject({ ok: true });
    electron.utilityProcesses[0]!.kill('SIGKILL');
    const query = { query: 'freedom of expression' };
    expect(await ask(electron, 'search:query', query)).toEqual(await local.ask('search:query', query));
    expect(electron.utilityProcesses).toHaveLength(2);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/search host stopped/));
  });
});
