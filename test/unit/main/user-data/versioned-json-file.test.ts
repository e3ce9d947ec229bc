import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../../src/main/files/atomic-write';
import { BOOKMARKS_SPEC, BookmarkStore } from '../../../../src/main/user-data/bookmark-store';
import { VersionedJsonFile, type JsonFileSpec } from '../../../../src/main/user-data/versioned-json-file';
import { tempDir } from '../../../support/temp-folders';

let dir: string;
let told: string[];
const tell = (message: string): void => void told.push(message);

beforeEach(() => {
  dir = tempDir('reader-json-');
  told = [];
});

const bookmark = (id: string, note = '') => ({
  id,
  documentId: 'doc',
  sectionId: 'intro',
  paragraphId: `p${id}`,
  note,
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
});

function bookmarksFile(bookmarks: unknown[], version = 1): string {
  return JSON.stringify({ kind: 'bookmarks', version, data: { bookmarks } });
}

/** Files in the folder other than `bookmarks.json`. */
function asideFiles(): string[] {
  return readdirSync(dir).filter((name) => name !== 'bookmarks.json');
}

describe('a reader data file', () => {
  it('starts from the defaults, silently, when there is no file yet, and creates it on the first change', async () => {
    const store = new BookmarkStore(join(dir, 'bookmarks.json'), tell);
    expect(store.list()).toEqual([]);
    expect(told).toEqual([]);
    store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p1', note: 'first' });
    expect(await store.saved()).toBe(true);
    const saved = JSON.parse(readFileSync(join(dir, 'bookmarks.json'), 'utf8'));
    expect(saved.kind).toBe('bookmarks');
    expect(saved.version).toBe(1);
    expect(saved.data.bookmarks.map((b: { note: string }) => b.note)).toEqual(['first']);
  });

  it('moves a corrupt file aside byte for byte, uses the defaults and tells the reader once', () => {
    const garbage = '{"kind":"bookmarks","version":1,"data":{"bookmarks":[{"id":"1",, oops';
    writeFileSync(join(dir, 'bookmarks.json'), garbage);
    const store = new BookmarkStore(join(dir, 'bookmarks.json'), tell);
    expect(store.list()).toEqual([]);
    const [aside] = asideFiles();
    expect(aside).toMatch(/^bookmarks\.unreadable-.+\.json$/);
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(aside);
    expect(told[0]).toContain('not valid JSON');
    // A second start finds no corrupt file: nothing more to tell, and the set-aside copy is still there.
    told = [];
    new BookmarkStore(join(dir, 'bookmarks.json'), tell);
    expect(told).toEqual([]);
    expect(asideFiles()).toEqual([aside]);
  });

  it('treats a truncated file (a write cut short) the same way and keeps every byte of it', async () => {
    const whole = bookmarksFile([bookmark('1', 'keep me'), bookmark('2', 'and me')]);
    const truncated = whole.slice(0, Math.floor(whole.length / 2));
    writeFileSync(join(dir, 'bookmarks.json'), truncated);
    const store = new BookmarkStore(join(dir, 'bookmarks.json'), tell);
    expect(store.list()).toEqual([]);
    expect(asideFiles().map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual([truncated]);
    expect(told).toHaveLength(1);
    // New bookmarks are saved normally after that.
    store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p9' });
    await store.saved();
    expect(new BookmarkStore(join(dir, 'bookmarks.json'), tell).list().map((b) => b.paragraphId)).toEqual(['p9']);
  });

  it('sets aside a file that cannot be read at all (a folder in its place)', () => {
    mkdirSync(join(dir, 'bookmarks.json'));
    writeFileSync(join(dir, 'bookmarks.json', 'inside.txt'), 'kept');
    const store = new BookmarkStore(join(dir, 'bookmarks.json'), tell);
    expect(store.list()).toEqual([]);
    expect(told[0]).toMatch(/cannot be read: it is a folder, not a file/);
    const [aside] = asideFiles();
    expect(readFileSync(join(dir, aside!, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('sets aside valid JSON that is not in the expected form, or of another kind', () => {
    writeFileSync(join(dir, 'bookmarks.json'), bookmarksFile([{ id: 1 }]));
    expect(new BookmarkStore(join(dir, 'bookmarks.json'), tell).list()).toEqual([]);
    writeFileSync(join(dir, 'bookmarks.json'), JSON.stringify({ kind: 'settings', version: 1, data: {} }));
    expect(new BookmarkStore(join(dir, 'bookmarks.json'), tell).list()).toEqual([]);
    expect(told).toHaveLength(2);
    expect(told[0]).toContain('not in the expected form');
    expect(told[1]).toContain('holds "settings"');
    expect(asideFiles()).toHaveLength(2);
  });

  it('sets aside a file written by a newer version instead of misreading it', () => {
    const newer = bookmarksFile([bookmark('1', 'from the future')], 7);
    writeFileSync(join(dir, 'bookmarks.json'), newer);
    expect(new BookmarkStore(join(dir, 'bookmarks.json'), tell).list()).toEqual([]);
    expect(told[0]).toContain('newer version of the reader (format 7; this one reads up to 1)');
    expect(asideFiles().map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual([newer]);
  });

  it('keeps changes in memory and tells the reader once when the folder cannot be written', async () => {
    // A file where the folder should be: the folder can be neither created nor written (even by root).
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const store = new BookmarkStore(join(blocker, 'bookmarks.json'), tell);
    const first = store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p1', note: 'written on the plane' });
    store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p2' });
    expect(await store.saved()).toBe(false);
    store.setNote(first.id, 'edited on the plane');
    expect(await store.saved()).toBe(false);
    expect(store.list().map((b) => b.note)).toEqual(['edited on the plane', '']);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('could not be saved');
    expect(told[0]).toContain('a file is in the way of the folder');
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('saves what was kept in memory as soon as the folder can be written again', async () => {
    const folder = join(dir, 'later');
    writeFileSync(folder, 'in the way');
    const store = new BookmarkStore(join(folder, 'bookmarks.json'), tell);
    store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p1', note: 'not lost' });
    expect(await store.saved()).toBe(false);
    expect(told).toHaveLength(1);
    // The obstacle goes away; the next change writes everything, the earlier bookmark included.
    rmSync(folder);
    store.add({ documentId: 'doc', sectionId: 'intro', paragraphId: 'p2' });
    expect(await store.saved()).toBe(true);
    expect(new BookmarkStore(join(folder, 'bookmarks.json'), tell).list().map((b) => b.note)).toEqual(['not lost', '']);
    expect(told).toHaveLength(1);
  });
});

describe('migrations', () => {
  // Three layouts of one file, as a store evolves: v1 a list of addresses, v2 adds notes, v3 adds times.
  interface V3 {
    marks: { at: string; note: string; createdAt: string }[];
  }
  const spec: JsonFileSpec<V3> = {
    kind: 'marks',
    version: 3,
    schema: z.strictObject({
      marks: z.array(z.strictObject({ at: z.string(), note: z.string(), createdAt: z.string() })),
    }),
    migrations: {
      1: (data) => ({ marks: (data as { marks: string[] }).marks.map((at) => ({ at, note: '' })) }),
      2: (data) => ({
        marks: (data as { marks: { at: string; note: string }[] }).marks.map((mark) => ({
          ...mark,
          createdAt: 'unknown',
        })),
      }),
    },
    defaults: () => ({ marks: [] }),
    label: 'marks',
    fallback: 'no marks',
  };

  it('migrates an old file step by step without losing an entry, and keeps the original as a backup', () => {
    const original = JSON.stringify({ kind: 'marks', version: 1, data: { marks: ['a/b/p1', 'a/b/p2', 'a/c/p7'] } });
    writeFileSync(join(dir, 'marks.json'), original);
    const file = new VersionedJsonFile(join(dir, 'marks.json'), spec, tell);
    expect(file.get().marks).toEqual([
      { at: 'a/b/p1', note: '', createdAt: 'unknown' },
      { at: 'a/b/p2', note: '', createdAt: 'unknown' },
      { at: 'a/c/p7', note: '', createdAt: 'unknown' },
    ]);
    expect(told).toEqual([]);
    // Nothing is written until something changes; then the original is backed up first.
    expect(readFileSync(join(dir, 'marks.json'), 'utf8')).toBe(original);
    file.set({ marks: [...file.get().marks, { at: 'a/d/p1', note: 'new', createdAt: 'now' }] });
    expect(readFileSync(join(dir, 'marks.v1-backup.json'), 'utf8')).toBe(original);
    const saved = JSON.parse(readFileSync(join(dir, 'marks.json'), 'utf8'));
    expect(saved.version).toBe(3);
    expect(saved.data.marks).toHaveLength(4);
  });

  it('migrates from the middle of the chain too', () => {
    writeFileSync(
      join(dir, 'marks.json'),
      JSON.stringify({ kind: 'marks', version: 2, data: { marks: [{ at: 'x', note: 'kept' }] } }),
    );
    expect(new VersionedJsonFile(join(dir, 'marks.json'), spec, tell).get().marks).toEqual([
      { at: 'x', note: 'kept', createdAt: 'unknown' },
    ]);
  });

  it('sets the file aside when a migration cannot read it', () => {
    writeFileSync(
      join(dir, 'marks.json'),
      JSON.stringify({ kind: 'marks', version: 1, data: { marks: 'not a list' } }),
    );
    const file = new VersionedJsonFile(join(dir, 'marks.json'), spec, tell);
    expect(file.get()).toEqual({ marks: [] });
    expect(told).toHaveLength(1);
    expect(existsSync(join(dir, 'marks.json'))).toBe(false);
  });

  it('the real bookmarks file is at the version its spec declares', () => {
    writeFileSync(join(dir, 'bookmarks.json'), bookmarksFile([bookmark('1', 'n')], BOOKMARKS_SPEC.version));
    expect(new BookmarkStore(join(dir, 'bookmarks.json'), tell).list()).toEqual([bookmark('1', 'n')]);
  });
});

describe('writeAtomically', () => {
  it('replaces the whole file and leaves no temporary file behind', () => {
    const path = join(dir, 'out.json');
    writeAtomically(path, 'first version, rather long');
    writeAtomically(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves the old file intact and cleans up when the write fails', () => {
    const path = join(dir, 'out.json');
    writeAtomically(path, 'intact');
    mkdirSync(join(dir, 'sub'));
    expect(() => writeAtomically(join(dir, 'sub'), 'cannot replace a folder')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('intact');
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'sub']);
  });
});
