/** What main tells the reader about itself: the content it serves, its integrity, and its events. */
import type { AppCommand } from '../app-commands';
import type { ContentStamp } from '../corpus-types';

/** The tamper check of the corpus: its documents hashed again at startup and compared with the stamp. */
export interface ContentIntegrity {
  /** True when the documents hash to the `contentHash` recorded in their stamp at build time. */
  verified: boolean;
  /** sha256 (hex) recorded in the stamp. */
  expectedHash: string;
  /** sha256 (hex) of the documents as loaded. */
  actualHash: string;
  /** The warning that tells the reader (also one of `AppStatus.warnings`), or null when verified. */
  warning: string | null;
}

/** What main knows about the content it serves. */
export interface AppStatus {
  stamp: ContentStamp;
  /** Things the reader should know (e.g. the index was rebuilt in memory). */
  warnings: string[];
  /** Whether the corpus still matches its content hash (shown to the reader, and in the About window). */
  integrity: ContentIntegrity;
}

/** What the About view shows: the app and the exact content it serves. */
export interface AboutInfo {
  name: string;
  version: string;
  stamp: ContentStamp;
  /** The folder that holds settings, reading position and bookmarks. */
  userDataDir: string;
}

/** What main tells the reader window: a command (from the menu) or a notice to show once. */
export type AppEvent = { kind: 'command'; command: AppCommand } | { kind: 'notice'; message: string };
