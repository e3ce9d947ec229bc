/**
 * The BUILT preload (out/preload/index.js) run as Electron runs a sandboxed preload: its own scope,
 * a `require` that knows only "electron", and a fake `contextBridge`/`ipcRenderer`. It must expose
 * the contract's methods and nothing else.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src/shared/contract';
import { PRELOAD_FILE } from '../../support/paths';

interface Exposed {
  key: string;
  api: Record<string, unknown>;
}

function runPreload(invoke: (channel: string, payload: unknown) => Promise<unknown>): {
  exposed: Exposed[];
  required: string[];
} {
  const exposed: Exposed[] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
    ipcRenderer: { invoke, on: () => {}, send: () => {}, sendSync: () => {} },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(PRELOAD_FILE, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
  });
  return { exposed, required };
}

describe('the built preload', () => {
  it("exposes exactly one object, window.reader, holding the contract's methods and nothing else", () => {
    const { exposed, required } = runPreload(async () => ({ ok: true, value: null }));
    expect(required).toEqual(['electron']);
    expect(exposed.map(({ key }) => key)).toEqual(['reader']);
    const api = exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_METHODS).sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('stays small: it carries the method table, not the channel map and its zod schemas', () => {
    // With zod bundled the preload grows from about 2 kB to 180 kB, parsed before every window's page.
    expect(readFileSync(PRELOAD_FILE, 'utf8').length).toBeLessThan(16 * 1024);
  });

  it('sends each method to its own channel only, and turns a transport failure into a typed error', async () => {
    const sent: [string, unknown][] = [];
    const { exposed } = runPreload(async (channel, payload) => {
      sent.push([channel, payload]);
      if (channel === 'search:query') throw new Error('main is gone');
      return { ok: true, value: channel };
    });
    const api = exposed[0]!.api as Record<string, (request: unknown) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(API_METHODS)) {
      const answer = await api[method]!({ probe: method });
      expect(sent.at(-1)).toEqual([channel, { probe: method }]);
      if (channel === 'search:query') expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
      else expect(answer).toEqual({ ok: true, value: channel });
    }
    expect(sent).toHaveLength(Object.keys(API_METHODS).length);
  });
});
