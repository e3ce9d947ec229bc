/**
 * Only the app's own window and top frame are trusted senders: the REAL dispatcher with main's own
 * policy (`trustOwnFrames` + `isAppUrl`) over the REAL handlers, on every channel of the contract
 * (CHANNELS is iterated, so a channel added later is covered without touching this test).
 */
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../../src/main/electron/app-protocol';
import { createDispatcher, trustOwnFrames, type SenderInfo } from '../../../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../../../src/main/ipc/reader-handlers';
import { loadReaderServices } from '../../../../src/main/library/load-library';
import { CHANNELS } from '../../../../src/shared/contract';
import { CORPUS_DIR } from '../../../support/paths';

const READER_WINDOW_ID = 7;
const trusted: SenderInfo = { webContentsId: READER_WINDOW_ID, frameUrl: APP_ENTRY_URL, isTopFrame: true };

const strangers: [string, SenderInfo][] = [
  ['another webContents', { ...trusted, webContentsId: READER_WINDOW_ID + 1 }],
  ['an unknown webContents', { ...trusted, webContentsId: null }],
  ['an iframe of the reader window', { ...trusted, isTopFrame: false }],
  ['a web page in the reader window', { ...trusted, frameUrl: 'https://example.com/index.html' }],
  ['a loopback page', { ...trusted, frameUrl: 'http://127.0.0.1:5173/index.html' }],
  ['a local file', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
  ['another app:// host', { ...trusted, frameUrl: 'app://evil/index.html' }],
  ['a look-alike host', { ...trusted, frameUrl: 'app://reader.example.com/index.html' }],
  ['a blank frame', { ...trusted, frameUrl: 'about:blank' }],
  ['a frame with no URL', { ...trusted, frameUrl: '' }],
];

describe('IPC senders', () => {
  const dispatch = createDispatcher(
    createReaderHandlers(loadReaderServices(CORPUS_DIR)),
    trustOwnFrames(() => new Set([READER_WINDOW_ID]), isAppUrl),
  );

  it.each(CHANNELS)('%s answers the reader window and rejects every other sender', async (channel) => {
    const own = await dispatch(trusted, channel, undefined);
    expect(own.ok || own.error.code !== 'forbidden').toBe(true);
    for (const [who, sender] of strangers) {
      expect(await dispatch(sender, channel, undefined), who).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This request does not come from the reader window.' },
      });
    }
  });

  it('covers every channel of the contract', () => {
    expect(CHANNELS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });
});
