import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BookmarkStore } from '../../../../src/main/user-data/bookmark-store';
import { tempDir } from '../../../support/temp-folders';

let path: string;
let clock: number;
const now = () => new Date(Date.UTC(2026, 0, 1) + clock++ * 60_000);
const open = () => {
  let n = 0;
  return new BookmarkStore(
    path,
    () => {},
    now,
    () => `b${++n}-${clock}`,
  );
};
const at = (paragraphId: string, note?: string) => ({
  documentId: 'doc',
  sectionId: 'intro',
  paragraphId,
  ...(note === undefined ? {} : { note }),
});

beforeEach(() => {
  path = join(tempDir('reader-bookmarks-'), 'bookmarks.json');
  clock = 0;
});

describe('bookmarks', () => {
  it('keeps one bookmark per paragraph; bookmarking again with a note sets the note', () => {
    const store = open();
    const first = store.add(at('p1'));
    expect(store.add(at('p1'))).toEqual(first);
    const noted = store.add(at('p1', 'see also p4'));
    expect(noted.id).toBe(first.id);
    expect(noted.note).toBe('see also p4');
    expect(noted.updatedAt > noted.createdAt).toBe(true);
    expect(store.list()).toHaveLength(1);
  });

  it('survives a restart with every note', async () => {
    const store = open();
    store.add(at('p1', 'one'));
    const second = store.add(at('p2'));
    store.setNote(second.id, 'two\nlines');
    await store.saved();
    expect(
      open()
        .list()
        .map((bookmark) => [bookmark.paragraphId, bookmark.note]),
    ).toEqual([
      ['p1', 'one'],
      ['p2', 'two\nlines'],
    ]);
  });

  it('restores a deleted bookmark, note and place in the list included', async () => {
    const store = open();
    store.add(at('p1'));
    const middle = store.add(at('p2', 'precious'));
    store.add(at('p3'));
    expect(store.remove(middle.id)).toEqual(middle);
    await store.saved();
    expect(
      open()
        .list()
        .map((bookmark) => bookmark.paragraphId),
    ).toEqual(['p1', 'p3']);
    expect(store.restore(middle.id)).toEqual(middle);
    await store.saved();
    expect(
      open()
        .list()
        .map((bookmark) => [bookmark.paragraphId, bookmark.note]),
    ).toEqual([
      ['p1', ''],
      ['p2', 'precious'],
      ['p3', ''],
    ]);
  });

  it('keeps both notes when a deleted paragraph was bookmarked again before the undo', () => {
    const store = open();
    const old = store.add(at('p2', 'old note'));
    store.remove(old.id);
    const fresh = store.add(at('p2', 'new note'));
    const restored = store.restore(old.id);
    expect(restored?.id).toBe(fresh.id);
    expect(restored?.note).toBe('new note\n\nold note');
    expect(store.list()).toHaveLength(1);
  });

  it('answers undefined for unknown ids and changes nothing', () => {
    const store = open();
    store.add(at('p1'));
    expect(store.setNote('nope', 'x')).toBeUndefined();
    expect(store.remove('nope')).toBeUndefined();
    expect(store.restore('nope')).toBeUndefined();
    expect(store.list()).toHaveLength(1);
  });
});
