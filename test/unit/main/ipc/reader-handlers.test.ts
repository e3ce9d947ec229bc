/**
 * The handler table of a host without reader data (the command-line companion): the channels the
 * channel map declares app-only answer `unavailable`, and no other channel does. Nothing lists the
 * channels here, so a new channel is covered as soon as it is declared.
 */
import { describe, expect, it } from 'vitest';
import { createReaderHandlers } from '../../../../src/main/ipc/reader-handlers';
import { appOnlyChannelsUnavailable } from '../../../../src/main/ipc/user-handlers';
import { APP_ONLY_CHANNELS, CHANNELS, type Channel } from '../../../../src/shared/contract/channels';
import type { Result } from '../../../../src/shared/result';
import { openTestReader } from '../../../support/reader-services';

/** Calls a handler with no request: enough for the unavailable ones, which read none. */
async function answerWithoutRequest(handlers: ReturnType<typeof createReaderHandlers>, name: Channel) {
  const handler = handlers[name] as (request: unknown) => Result<unknown> | Promise<Result<unknown>>;
  try {
    return await handler(undefined);
  } catch (error) {
    return { threw: String(error) };
  }
}

function saysAppOnly(answer: unknown): boolean {
  const failure = answer as { ok?: boolean; error?: { code?: string; message?: string } };
  return (
    failure.ok === false &&
    failure.error?.code === 'unavailable' &&
    (failure.error.message ?? '').includes('only available in the reader app')
  );
}

describe('the command-line handler table', () => {
  it('answers unavailable for exactly the app-only channels', async () => {
    const handlers = createReaderHandlers(openTestReader().services);
    const unavailable: Channel[] = [];
    for (const name of CHANNELS) if (saysAppOnly(await answerWithoutRequest(handlers, name))) unavailable.push(name);
    expect(unavailable).toEqual(APP_ONLY_CHANNELS);
  });

  it('has one unavailable handler per app-only channel, and no other', () => {
    expect(Object.keys(appOnlyChannelsUnavailable()).sort()).toEqual([...APP_ONLY_CHANNELS].sort());
  });
});
