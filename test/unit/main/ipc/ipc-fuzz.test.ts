/**
 * Fuzz: 10,000 random payloads per channel (READER_FUZZ_RUNS, test/support/fuzz-runs.ts) through the REAL dispatcher and handlers (seeded, so a
 * failure replays). No exception escapes; every answer is `{ok:true,value}` or a typed error with a
 * known code; nothing ends in an internal error; nothing pollutes Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APP_ENTRY_URL, isAppUrl } from '../../../../src/main/electron/app-protocol';
import { createDispatcher, trustOwnFrames, type SenderInfo } from '../../../../src/main/ipc/ipc-dispatcher';
import { CHANNELS, READER_CHANNELS, type Channel } from '../../../../src/shared/contract';
import type { ReaderErrorCode } from '../../../../src/shared/result';
import { createChromiumPdfRenderer } from '../../../../scripts/chromium-pdf-renderer';
import { createElectronPrinter } from '../../../../src/main/electron/electron-printer';
import { createSaveDialog } from '../../../../src/main/electron/save-dialog';
import { fakeDialog } from '../../../support/export-support';
import { fakePrintElectron } from '../../../support/fake-print-electron';
import { fuzzRuns } from '../../../support/fuzz-runs';
import { openTestReader } from '../../../support/reader-services';

const RUNS_PER_CHANNEL = fuzzRuns(10_000);
const SENDER_RUNS = fuzzRuns(2_000);
const SEED = 20_240_611;

/** Every error code of the contract (a Record, so a new code fails typecheck until it is listed here). */
const KNOWN_CODES: Record<ReaderErrorCode, true> = {
  'invalid-request': true,
  'payload-too-large': true,
  'not-found': true,
  'bad-query': true,
  forbidden: true,
  'unknown-channel': true,
  internal: true,
  cancelled: true,
  unwritable: true,
  'disk-full': true,
  'export-failed': true,
  unavailable: true,
  'io-failed': true,
  'limit-reached': true,
  busy: true,
  superseded: true,
};
const answerSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    value: z.unknown().refine((value) => value !== undefined, 'value is missing'),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.enum(Object.keys(KNOWN_CODES) as [ReaderErrorCode, ...ReaderErrorCode[]]),
      message: z.string().min(1),
    }),
  }),
]);

// The real handlers of every channel: the reader's own data (in a temporary folder), and the export
// ports with Electron faked at its edge: the save dialog is always cancelled (a saved PDF needs the
// reader's pick), the system print dialog always prints.
const reader = openTestReader(undefined, {
  exporter: {
    renderer: createChromiumPdfRenderer(),
    printer: createElectronPrinter(fakePrintElectron()),
    savePath: createSaveDialog(
      fakeDialog(),
      () => null,
      () => '/nowhere',
    ),
  },
});
const { services } = reader;
const bookmark = reader.userData.bookmarks.add({
  documentId: services.store.listDocuments()[0]!.id,
  sectionId: services.store.getToc(services.store.listDocuments()[0]!.id)!.sections[0]!.id,
  paragraphId: 'p1',
});
/** Channels whose success needs the reader to pick a file in a native dialog: they must reach that dialog instead. */
const NEEDS_A_PICK: Partial<Record<Channel, ReaderErrorCode>> = { 'export:pdf': 'cancelled' };
const trusted: SenderInfo = { webContentsId: 1, frameUrl: APP_ENTRY_URL, isTopFrame: true };

/** Ids that exist, so random payloads also reach the handlers' success paths. */
const documentIds = services.store.listDocuments().map((document) => document.id);
const sectionIds = documentIds.flatMap((id) => services.store.getToc(id)?.sections.map((section) => section.id) ?? []);
const realIds = [...documentIds, ...sectionIds, 'p1', 'p2', 'p6-i1', bookmark.id];
/** Real ids of the kind a field holds (every section has a p1 and a p2), so whole addresses come out right too. */
const realIdsFor = (key: string): string[] =>
  ({
    documentId: documentIds,
    sectionId: sectionIds,
    paragraphId: ['p1', 'p2'],
    partId: ['p1', 'p2', 'p6-i1'],
    id: [bookmark.id],
  })[key] ?? realIds;

/** Strings a search box, a Lunr parser or an id lookup may choke on. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    ...realIds,
    '',
    ' ',
    'title:',
    'title:*',
    'foo~',
    'a~99',
    '*',
    '**',
    ':',
    '^',
    '^3',
    '+',
    '-',
    '+-',
    '"',
    '"unterminated',
    '""',
    'rights*',
    'human rights council',
    '"human rights council"',
    '+UPR -Western',
    'belief~1',
    '\u0000',
    '\u202e',
    '𝔘𝔑',
    '__proto__',
    'constructor',
    'prototype',
    '../../etc/passwd',
    '%2e%2e%2f',
    '<script>alert(1)</script>',
    'NaN',
    'Infinity',
    'p1',
    'p3-i2',
  ),
  // Around the query limit (1,000 characters) and the payload cap (16 KiB), built cheaply by repetition.
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 240, max: 4_400 }))
    .map(([unit, times]) => unit.repeat(times)),
);
const nastyValue = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -0, 1, 50, 51, 200, -1, NaN, Infinity, -Infinity, 2 ** 53),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [''], { length: 1 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
    }),
  },
);

/** The fields a channel's request has (read from its declared schema, so new channels need no edit here). */
function requestFields(channel: Channel): [string, z.ZodType][] {
  const schema: z.ZodType = READER_CHANNELS[channel].request;
  return schema instanceof z.ZodObject ? Object.entries(schema.shape as Record<string, z.ZodType>) : [];
}

/** A hostile value of the field's own type (so it passes the type check and reaches the handler). */
function hostileOfType(field: z.ZodType): fc.Arbitrary<unknown> {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  if (inner instanceof z.ZodString)
    return fc.oneof({ weight: 3, arbitrary: nastyString }, { weight: 1, arbitrary: fc.constantFrom(...realIds) });
  if (inner instanceof z.ZodObject)
    return fc.record(
      Object.fromEntries(
        Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, value]) => [key, hostileOfType(value)]),
      ),
    );
  if (inner instanceof z.ZodUnion) return fc.oneof(...(inner.options as z.ZodType[]).map(hostileOfType));
  if (inner instanceof z.ZodArray) return fc.array(hostileOfType(inner.element as z.ZodType), { maxLength: 4 });
  if (inner instanceof z.ZodEnum) return fc.oneof(fc.constantFrom(...(inner.options as string[])), nastyString);
  if (inner instanceof z.ZodLiteral) return fc.oneof(fc.constant(inner.value), nastyString);
  if (inner instanceof z.ZodBoolean)
    return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: nastyValue });
  if (inner instanceof z.ZodNumber) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 50 }) },
      { weight: 1, arbitrary: fc.integer({ min: -5, max: 60 }) },
      { weight: 1, arbitrary: fc.double() },
    );
  }
  return nastyValue;
}

/** Payloads for a channel: well-shaped with hostile values, misshaped, and anything at all. */
function payloads(channel: Channel): fc.Arbitrary<unknown> {
  const fields = requestFields(channel);
  const keys = fields.map(([key]) => key);
  const record = (value: (field: z.ZodType) => fc.Arbitrary<unknown>, requiredKeys: string[] = []) =>
    fc.record(Object.fromEntries(fields.map(([key, field]) => [key, value(field)])), { requiredKeys });
  const shaped = keys.length === 0 ? fc.constantFrom(undefined, null) : record(() => nastyValue);
  // Hostile values of the right types, and real ids, so that most requests reach the handlers.
  const required = fields.filter(([, field]) => !(field instanceof z.ZodOptional)).map(([key]) => key);
  const typed = keys.length === 0 ? fc.constant(undefined) : record(hostileOfType, required);
  const plausible =
    keys.length === 0
      ? fc.constant(null)
      : fc.record(
          Object.fromEntries(
            keys.map((key) => [key, fc.oneof(fc.constantFrom(...realIdsFor(key)), fc.integer({ min: 1, max: 60 }))]),
          ),
          { requiredKeys: [] },
        );
  const withExtraKey = shaped.chain((base) =>
    fc
      .tuple(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'polluted')),
        nastyValue,
      )
      .map(([key, value]) => {
        const object = base && typeof base === 'object' ? { ...base } : {};
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        return object;
      }),
  );
  return fc.oneof(
    { weight: 3, arbitrary: shaped },
    { weight: 6, arbitrary: typed },
    { weight: 2, arbitrary: plausible },
    { weight: 1, arbitrary: withExtraKey },
    { weight: 2, arbitrary: nastyValue },
    { weight: 1, arbitrary: fc.array(nastyValue, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.json().map((json) => JSON.parse(json) as unknown) },
  );
}

describe(`IPC fuzz: ${RUNS_PER_CHANNEL} random payloads per channel through the real handlers`, () => {
  const logged: string[] = [];
  const dispatch = createDispatcher(
    reader.handlers,
    trustOwnFrames(() => new Set([1]), isAppUrl),
    (message) => logged.push(message),
  );
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it.each(CHANNELS)('%s: every answer is a typed result or a typed error', { timeout: 120_000 }, async (channel) => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        // The event stream answers when main has something to say: give it something each time.
        if (channel === 'app:next-event') reader.events.command('show-about');
        const answer = await dispatch(trusted, channel, payload);
        const parsed = answerSchema.safeParse(answer);
        if (!parsed.success)
          throw new Error(`malformed answer ${JSON.stringify(answer)?.slice(0, 200)}: ${parsed.error.message}`);
        structuredClone(answer); // throws if the answer could not cross Electron's IPC
        const code = answer.ok ? 'ok' : answer.error.code;
        if (code === 'internal') throw new Error(`internal error: ${logged.at(-1)}`);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: SEED + CHANNELS.indexOf(channel) },
    );
    expect([...codes.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS_PER_CHANNEL);
    // The generator reaches both the validator's refusals and the handlers' answers.
    for (const reached of ['invalid-request', NEEDS_A_PICK[channel] ?? 'ok'])
      expect(
        codes.get(reached) ?? 0,
        `'${reached}' never reached in ${RUNS_PER_CHANNEL} runs (READER_FUZZ_RUNS)`,
      ).toBeGreaterThan(0);
    expect(logged).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects random channel names and random senders with typed errors', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...CHANNELS)),
        fc.record({
          webContentsId: fc.option(fc.integer(), { nil: null }),
          frameUrl: fc.oneof(fc.webUrl(), fc.constantFrom(APP_ENTRY_URL)),
          isTopFrame: fc.boolean(),
        }),
        async (channel, sender) => {
          const answer = await dispatch(sender, channel, undefined);
          expect(answerSchema.safeParse(answer).success).toBe(true);
          const isOwn = sender.webContentsId === 1 && sender.isTopFrame && sender.frameUrl === APP_ENTRY_URL;
          const isChannel = (CHANNELS as string[]).includes(channel);
          if (!isChannel) expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
          else if (!isOwn) expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        },
      ),
      { numRuns: SENDER_RUNS, seed: SEED },
    );
  });
});
