/**
 * The schemas main checks requests with come from the channel map, and they drop keys whose value is
 * `undefined`: Electron's IPC keeps such keys (JSON would not), and an optional field that accepted
 * `undefined` would pass it on to the stores, e.g. a settings file written without a theme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchemas, withoutUndefinedKeys } from '../../../../src/main/ipc/request-schemas';
import { CHANNELS, READER_CHANNELS } from '../../../../src/shared/contract/channels';
import { openTestReader, TRUSTED_SENDER } from '../../../support/reader-services';

const DOC = 'belarus-un-human-rights-cooperation';

function settingsOnDisk(userDataDir: string): unknown {
  return (JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')) as { data: unknown }).data;
}

describe('request schemas', () => {
  it('exist for every channel and check what the declared schema checks', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...CHANNELS].sort());
    for (const name of CHANNELS) {
      for (const payload of [undefined, null, {}, { documentId: 'doc' }, { query: 'treaty' }, 'text'])
        expect(requestSchemas[name].safeParse(payload).success, `${name} ${JSON.stringify(payload)}`).toBe(
          READER_CHANNELS[name].request.safeParse(payload).success,
        );
    }
  });

  it('drop keys whose value is undefined, at any depth, before checking', () => {
    expect(requestSchemas['settings:update'].parse({ theme: undefined })).toStrictEqual({});
    expect(Object.keys(requestSchemas['settings:update'].parse({ theme: undefined, textScale: 1.25 }))).toEqual([
      'textScale',
    ]);
    const exportWithoutPaper = requestSchemas['export:pdf'].safeParse({
      documentId: DOC,
      sectionIds: 'all',
      options: { paper: undefined, tableOfContents: true, paragraphNumbers: false },
    });
    expect(exportWithoutPaper.success).toBe(false);
    expect(exportWithoutPaper.error?.issues[0]?.path).toEqual(['options', 'paper']);
    // A required key given as undefined is missing, not accepted.
    expect(requestSchemas['corpus:toc'].safeParse({ documentId: undefined }).success).toBe(false);
  });

  it('leave arrays, non-plain objects and odd keys as they are', () => {
    const date = new Date(0);
    expect(withoutUndefinedKeys([undefined, { a: undefined, b: [{ c: undefined, d: 1 }] }])).toEqual([
      undefined,
      { b: [{ d: 1 }] },
    ]);
    expect(withoutUndefinedKeys(date)).toBe(date);
    const hostile = withoutUndefinedKeys(JSON.parse('{"__proto__": {"polluted": true}, "x": 1}')) as object;
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(hostile).sort()).toEqual(['__proto__', 'x']);
  });
});

describe('a key sent as undefined over IPC', () => {
  it('changes no setting and is never written: settings:update {theme: undefined}', async () => {
    const reader = openTestReader();
    const answer = await reader.dispatch(TRUSTED_SENDER, 'settings:update', { theme: undefined });
    expect(answer).toEqual({ ok: true, value: { theme: 'system', textScale: 1 } });
    const both = await reader.dispatch(TRUSTED_SENDER, 'settings:update', { theme: undefined, textScale: 1.25 });
    expect(both).toEqual({ ok: true, value: { theme: 'system', textScale: 1.25 } });
    expect(settingsOnDisk(reader.userDataDir)).toEqual({ theme: 'system', textScale: 1.25, window: null });
    const restarted = openTestReader(undefined, { userDataDir: reader.userDataDir });
    expect(await restarted.api.getSettings()).toEqual({ ok: true, value: { theme: 'system', textScale: 1.25 } });
  });
});
