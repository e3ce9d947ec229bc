/**
 * Property: any sequence of accepted IPC calls on the reader's own data, followed by a restart over
 * the same user-data folder, loses nothing. Payloads carry keys whose value is `undefined`, as
 * Electron's IPC (structured clone) delivers them: `settings:update {theme: undefined}` once wiped
 * the settings at the next start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_SCALES, THEME_CHOICES, type BookmarkEntry } from '../../../../src/shared/contract';
import type { Result } from '../../../../src/shared/result';
import { openTestReader, TRUSTED_SENDER, type TestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const probe = openTestReader();
const documentId = probe.services.store.listDocuments()[0]!.id;
const sectionIds = probe.services.store.getToc(documentId)!.sections.map((section) => section.id);

/** A value, or a key present with `undefined` (what structured clone keeps), or the key left out. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(arbitrary, fc.constant(undefined), fc.constant('absent' as const));
/** Builds an object from entries, leaving out those marked absent (and keeping explicit undefined). */
const objectOf = (entries: [string, unknown][]): Record<string, unknown> =>
  Object.fromEntries(entries.filter(([, value]) => value !== 'absent'));

/** A test reader that remembers the bookmarks removed so far (what `bookmarks:restore` can bring back). */
type Session = TestReader & { removedIds: string[] };
type Step = { channel: string; payload: (reader: Session) => unknown };

const place = fc.record({ sectionId: fc.constantFrom(...sectionIds), paragraphId: fc.constantFrom('p1', 'p2', 'p3') });
const note = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** The id of the n-th bookmark the reader lists now (or an unknown id when there is none). */
async function nthBookmark(reader: TestReader, n: number): Promise<string> {
  const list = (await reader.api.listBookmarks()) as Result<BookmarkEntry[]>;
  const entries = list.ok ? list.value : [];
  return entries.length > 0 ? entries[n % entries.length]!.bookmark.id : 'no-such-bookmark';
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({ theme: maybe(fc.constantFrom(...THEME_CHOICES)), textScale: maybe(fc.constantFrom(...TEXT_SCALES)) })
    .map(({ theme, textScale }): Step => ({
      channel: 'settings:update',
      payload: () =>
        objectOf([
          ['theme', theme],
          ['textScale', textScale],
        ]),
    })),
  fc.record({ at: place, inView: fc.boolean() }).map(({ at, inView }): Step => ({
    channel: 'reading:save-position',
    payload: () => ({ documentId, sectionId: at.sectionId, paragraphId: inView ? at.paragraphId : null }),
  })),
  fc.record({ at: place, note: maybe(note) }).map(({ at, note: text }): Step => ({
    channel: 'bookmarks:add',
    payload: () =>
      objectOf([
        ['documentId', documentId],
        ['sectionId', at.sectionId],
        ['paragraphId', at.paragraphId],
        ['note', text],
      ]),
  })),
  fc.record({ n: fc.nat(), note }).map(({ n, note: text }): Step => ({
    channel: 'bookmarks:set-note',
    payload: async (reader) => ({ id: await nthBookmark(reader, n), note: text }),
  })),
  fc.nat().map((n): Step => ({
    channel: 'bookmarks:remove',
    payload: async (reader) => ({ id: await nthBookmark(reader, n) }),
  })),
  fc.nat().map((n): Step => ({
    channel: 'bookmarks:restore',
    // Restores one of the bookmarks removed so far (undo), if the reader still has it.
    payload: (reader) => ({ id: reader.removedIds[n % Math.max(1, reader.removedIds.length)] ?? 'no-such-bookmark' }),
  })),
);

/** Everything the reader's own data shows, as the window asks for it. */
async function visibleState(reader: TestReader): Promise<unknown> {
  return {
    settings: await reader.api.getSettings(),
    position: await reader.api.getReadingPosition(),
    bookmarks: await reader.api.listBookmarks(),
  };
}

describe('IPC calls on the reader’s own data, then a restart', () => {
  it(
    'lose nothing: the restarted reader shows exactly what the last answers showed, with no notice',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
          const userDataDir = tempDir('reader-restart-');
          const reader: Session = { ...openTestReader(undefined, { userDataDir }), removedIds: [] };
          for (const { channel, payload } of steps) {
            const request = await payload(reader);
            const answer = await reader.dispatch(TRUSTED_SENDER, channel, request);
            if (!answer.ok && answer.error.code === 'internal')
              throw new Error(`${channel} ${JSON.stringify(request)}: internal error`);
            if (answer.ok && channel === 'bookmarks:remove') reader.removedIds.push((request as { id: string }).id);
          }
          const before = await visibleState(reader);
          const restarted = openTestReader(undefined, { userDataDir });
          expect(await visibleState(restarted)).toEqual(before);
          const notice = await Promise.race([
            restarted.events.next(),
            new Promise((resolve) => setTimeout(() => resolve('none'), 0)),
          ]);
          expect(notice).toBe('none');
        }),
        { numRuns: 80, seed: 20_260_301 },
      );
    },
  );

  it('drop keys whose value is undefined before validation: {theme: undefined} changes nothing', async () => {
    const userDataDir = tempDir('reader-restart-');
    const reader = openTestReader(undefined, { userDataDir });
    await reader.api.updateSettings({ theme: 'dark', textScale: 1.25 });
    expect(await reader.dispatch(TRUSTED_SENDER, 'settings:update', { theme: undefined })).toEqual({
      ok: true,
      value: { theme: 'dark', textScale: 1.25 },
    });
    expect(await openTestReader(undefined, { userDataDir }).api.getSettings()).toEqual({
      ok: true,
      value: { theme: 'dark', textScale: 1.25 },
    });
  });
});
