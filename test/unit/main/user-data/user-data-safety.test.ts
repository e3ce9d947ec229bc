/**
 * The reader's own files cannot be lost or made unreadable: a value the schema refuses is never
 * written, temporary files of killed writers are removed at the next start, a second instance's
 * changes are merged rather than written over, bookmark writes are shared by the changes made
 * meanwhile, and bookmarks and notes have limits with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookmarkLimitError, BookmarkStore, MAX_BOOKMARKS } from '../../../../src/main/user-data/bookmark-store';
import { MAX_NOTE_LENGTH } from '../../../../src/shared/contract/user';
import { SettingsStore } from '../../../../src/main/user-data/settings-store';
import { openTestReader } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

let dir: string;
let told: string[];
const tell = (message: string): void => void told.push(message);
const at = (paragraphId: string, note?: string) => ({
  documentId: 'doc',
  sectionId: 'intro',
  paragraphId,
  ...(note === undefined ? {} : { note }),
});
const bookmarksPath = () => join(dir, 'bookmarks.json');
const settingsPath = () => join(dir, 'settings.json');

beforeEach(() => {
  dir = tempDir('reader-user-data-');
  told = [];
});

/** The id of a process that has exited (its temporary files are orphans). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('a store never writes what it could not read back', () => {
  it('refuses a value its schema refuses, and changes neither memory nor the file', () => {
    const settings = new SettingsStore(settingsPath(), tell);
    settings.update({ theme: 'dark' });
    const before = readFileSync(settingsPath(), 'utf8');
    // What `settings:update {theme: undefined}` did before undefined keys were dropped at the IPC boundary.
    expect(() => settings.update({ theme: undefined })).toThrow(
      /Refusing to save settings that could not be read back \(theme:/,
    );
    expect(settings.get().theme).toBe('dark');
    expect(readFileSync(settingsPath(), 'utf8')).toBe(before);
    expect(new SettingsStore(settingsPath(), tell).get()).toEqual({ theme: 'dark', textScale: 1 });
    expect(told).toEqual([]);
  });
});

describe('temporary files left by a writer killed mid-write', () => {
  it('are checked against the file and removed at the next start; the file keeps every confirmed change', async () => {
    const store = new BookmarkStore(bookmarksPath(), tell);
    store.add(at('p1', 'confirmed'));
    await store.saved();
    const live = readFileSync(bookmarksPath(), 'utf8');
    const pid = deadPid();
    const unconfirmed = live.replace('confirmed', 'never confirmed');
    writeFileSync(join(dir, `.bookmarks.json.${pid}-0a1b2c3d.tmp`), live);
    writeFileSync(join(dir, `.bookmarks.json.${pid}-0a1b2c3e.tmp`), unconfirmed);
    writeFileSync(join(dir, `.bookmarks.json.${pid}-0a1b2c3f.tmp`), live.slice(0, 40));
    // A write in progress in a running process (this one) is left alone, and so is another file's.
    writeFileSync(join(dir, `.bookmarks.json.${process.pid}-00000001.tmp`), live);
    writeFileSync(join(dir, `.settings.json.${pid}-00000002.tmp`), 'x');
    const reopened = new BookmarkStore(bookmarksPath(), tell);
    expect(reopened.list().map((bookmark) => bookmark.note)).toEqual(['confirmed']);
    expect(readdirSync(dir).sort()).toEqual([
      `.bookmarks.json.${process.pid}-00000001.tmp`,
      `.settings.json.${pid}-00000002.tmp`,
      'bookmarks.json',
    ]);
    expect(told).toEqual([]);
  });

  it('become the file when the file itself is missing (its first write was cut before the rename)', () => {
    const pid = deadPid();
    const complete = JSON.stringify({
      kind: 'bookmarks',
      version: 1,
      data: {
        bookmarks: [
          {
            id: 'b1',
            documentId: 'doc',
            sectionId: 'intro',
            paragraphId: 'p1',
            note: 'kept',
            createdAt: 't',
            updatedAt: 't',
          },
        ],
      },
    });
    writeFileSync(join(dir, `.bookmarks.json.${pid}-0000000a.tmp`), complete);
    writeFileSync(join(dir, `.bookmarks.json.${pid}-0000000b.tmp`), complete.slice(0, 30));
    expect(new BookmarkStore(bookmarksPath(), tell).list().map((bookmark) => bookmark.note)).toEqual(['kept']);
    expect(readdirSync(dir)).toEqual(['bookmarks.json']);
  });
});

describe('two instances on the same files', () => {
  it('merge their bookmarks: neither overwrites what the other added, removed or noted', async () => {
    const first = new BookmarkStore(bookmarksPath(), tell);
    const shared = first.add(at('p1', 'shared'));
    await first.saved();
    const second = new BookmarkStore(bookmarksPath(), tell);
    first.add(at('p2', 'from the first'));
    await first.saved();
    second.add(at('p3', 'from the second'));
    second.setNote(shared.id, 'noted in the second');
    await second.saved();
    first.add(at('p4'));
    await first.saved();
    const merged = new BookmarkStore(bookmarksPath(), tell).list();
    expect(merged.map((bookmark) => [bookmark.paragraphId, bookmark.note])).toEqual([
      ['p1', 'noted in the second'],
      ['p2', 'from the first'],
      ['p3', 'from the second'],
      ['p4', ''],
    ]);
    // A removal in one instance is not undone by the other's next write.
    second.remove(second.list().find((bookmark) => bookmark.paragraphId === 'p2')!.id);
    await second.saved();
    first.add(at('p5'));
    await first.saved();
    expect(new BookmarkStore(bookmarksPath(), tell).list().map((bookmark) => bookmark.paragraphId)).toEqual([
      'p1',
      'p3',
      'p4',
      'p5',
    ]);
    expect(told).toEqual([]);
  });

  it('merge settings key by key: the first’s theme and the second’s text size both stay', () => {
    const first = new SettingsStore(settingsPath(), tell);
    const second = new SettingsStore(settingsPath(), tell);
    first.update({ theme: 'dark' });
    second.update({ textScale: 1.25 });
    expect(new SettingsStore(settingsPath(), tell).get()).toEqual({ theme: 'dark', textScale: 1.25 });
    expect(second.get()).toEqual({ theme: 'dark', textScale: 1.25 });
  });

  it('never write over a file a newer version of the reader wrote meanwhile, and say so once', async () => {
    const store = new BookmarkStore(bookmarksPath(), tell);
    store.add(at('p1'));
    await store.saved();
    const newer = JSON.stringify({ kind: 'bookmarks', version: 9, data: { future: true } });
    writeFileSync(bookmarksPath(), newer);
    store.add(at('p2'));
    expect(await store.saved()).toBe(false);
    store.add(at('p3'));
    await store.saved();
    expect(readFileSync(bookmarksPath(), 'utf8')).toBe(newer);
    expect(told).toEqual([
      expect.stringMatching(/written by a newer version of the reader .* It was not written over/),
    ]);
    expect(store.list()).toHaveLength(3);
  });
});

describe('bookmark writes', () => {
  it('are made in the background, one write for every change made meanwhile', async () => {
    const store = new BookmarkStore(bookmarksPath(), tell);
    const bookmark = store.add(at('p1'));
    const waits = Array.from({ length: 50 }, (_, n) => {
      store.setNote(bookmark.id, `draft ${n}`);
      return store.saved();
    });
    expect(new Set(waits).size).toBe(1);
    expect(await waits[0]).toBe(true);
    expect(new BookmarkStore(bookmarksPath(), tell).list()[0]!.note).toBe('draft 49');
  });

  it('waiting for their write are written at once when the app quits', () => {
    const store = new BookmarkStore(bookmarksPath(), tell);
    store.add(at('p1', 'last words before quitting'));
    store.flush();
    expect(new BookmarkStore(bookmarksPath(), tell).list()[0]!.note).toBe('last words before quitting');
  });
});

/** A bookmarks file holding `count` bookmarks (far faster than adding them one by one). */
function fullBookmarksFile(folder: string, count: number): void {
  const bookmarks = Array.from({ length: count }, (_, n) => ({
    id: `b${n}`,
    documentId: 'doc',
    sectionId: `s${n}`,
    paragraphId: 'p1',
    note: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  writeFileSync(join(folder, 'bookmarks.json'), JSON.stringify({ kind: 'bookmarks', version: 1, data: { bookmarks } }));
}

describe('limits', () => {
  it(`keeps at most ${MAX_BOOKMARKS} bookmarks and notes of ${MAX_NOTE_LENGTH} characters, saying so and changing nothing`, async () => {
    fullBookmarksFile(dir, MAX_BOOKMARKS - 1);
    const store = new BookmarkStore(bookmarksPath(), tell);
    store.add(at('last-one'));
    expect(() => store.add(at('one-more'))).toThrow(BookmarkLimitError);
    expect(() => store.add(at('one-more'))).toThrow(`You have ${MAX_BOOKMARKS} bookmarks, as many as the reader keeps`);
    expect(store.list()).toHaveLength(MAX_BOOKMARKS);
    const first = store.list()[0]!;
    expect(() => store.setNote(first.id, 'x'.repeat(MAX_NOTE_LENGTH + 1))).toThrow(
      `a note can hold at most ${MAX_NOTE_LENGTH}`,
    );
    expect(store.setNote(first.id, 'x'.repeat(MAX_NOTE_LENGTH))!.note).toHaveLength(MAX_NOTE_LENGTH);
    await store.saved();
    expect(new BookmarkStore(bookmarksPath(), tell).list()).toHaveLength(MAX_BOOKMARKS);
  });

  it('answer limit-reached through IPC with the message for the reader', async () => {
    const userDataDir = tempDir('reader-full-');
    fullBookmarksFile(userDataDir, MAX_BOOKMARKS);
    const reader = openTestReader(undefined, { userDataDir });
    const documentId = reader.services.store.listDocuments()[0]!.id;
    const sectionId = reader.services.store.getToc(documentId)!.sections[0]!.id;
    const answer = await reader.api.addBookmark({ documentId, sectionId, paragraphId: 'p1' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'limit-reached', message: expect.stringContaining('as many as the reader keeps') },
    });
  });
});
