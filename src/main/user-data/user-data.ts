/** The reader's own data in the user-data folder: settings, reading position and bookmarks, one file each. */
import { join } from 'node:path';
import { BookmarkStore } from './bookmark-store';
import { ReadingPositionStore } from './reading-position-store';
import { SettingsStore } from './settings-store';
import type { Tell } from './versioned-json-file';

/** File names inside the user-data folder. */
export const USER_DATA_FILES = {
  settings: 'settings.json',
  position: 'reading-position.json',
  bookmarks: 'bookmarks.json',
} as const;

/** The three stores of one user-data folder. */
export interface UserData {
  dir: string;
  settings: SettingsStore;
  position: ReadingPositionStore;
  bookmarks: BookmarkStore;
  /** Writes every change still waiting for a background write, now (when the app quits). */
  flush(): void;
}

/** Opens (or starts) the reader's data in `dir`; problems with a file are told through `tell`, once. */
export function openUserData(dir: string, tell: Tell, now: () => Date = () => new Date()): UserData {
  const bookmarks = new BookmarkStore(join(dir, USER_DATA_FILES.bookmarks), tell, now);
  return {
    dir,
    settings: new SettingsStore(join(dir, USER_DATA_FILES.settings), tell),
    position: new ReadingPositionStore(join(dir, USER_DATA_FILES.position), tell),
    bookmarks,
    flush: () => bookmarks.flush(),
  };
}
