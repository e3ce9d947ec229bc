/**
 * One JSON file of the reader's own data (settings, reading position, bookmarks) in the user-data
 * folder: versioned, validated, migrated, written atomically, and never lost.
 *
 * On disk: `{ "kind": "bookmarks", "version": 1, "data": … }`.
 * - missing file: defaults, silently (first start);
 * - unreadable, corrupt, truncated, of another kind, or of a newer version: the file is moved aside
 *   (kept, never deleted), defaults are used, and the reader is told once;
 * - unreadable AND cannot be moved aside: left untouched, defaults are used, and nothing is written
 *   over it in this session (we never overwrite what we could not read);
 * - older version: migrated step by step in memory; the original is copied to a `.vN-backup` file
 *   before the migrated data is first written;
 * - a failed save: the value stays in memory, the reader is told once, and every later change
 *   tries again;
 * - a value the schema refuses is never written (`set` throws): a file is only ever written in a
 *   form this version can read back;
 * - temporary files left by a writer that was killed mid-write are removed when the file is opened
 *   (when the file itself is missing, the newest complete one becomes the file);
 * - changed on disk behind this store (another instance of the reader): before writing, the change
 *   is merged with this store's own changes since it last read or wrote the file (`spec.merge`);
 *   a file of a newer version is not written over. Writes are never lost to the other writer,
 *   except in the instant between reading the file and renaming over it.
 * Writes are synchronous (settings, position: a few hundred bytes), or, with `coalesce`, made in
 * the background and shared by every change made meanwhile (bookmarks: `saved()` says when).
 * Electron-free.
 */
import {
  copyFileSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import { temporaryWriter, writeAtomically, writeAtomicallyInBackground } from '../files/atomic-write';
import { fileErrorCode, fileErrorReason } from '../files/file-errors';

/** What one file holds and how to read its older versions. */
export interface JsonFileSpec<T> {
  /** Tag stored in the file, so a file of another kind is never read as this one. */
  kind: string;
  /** The current version of the data layout. */
  version: number;
  /** Validates data of the current version. */
  schema: z.ZodType<T, unknown>;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The value used when there is no usable file. */
  defaults: () => T;
  /** The reader's words for the file's content, e.g. "bookmarks". */
  label: string;
  /** What the reader gets instead, e.g. "no bookmarks". */
  fallback: string;
  /**
   * Merges a file changed behind this store (`theirs`) with this store's value (`ours`), both grown
   * from `base` (what this store last read or wrote). Default: per top-level key, ours where this
   * store changed it, theirs elsewhere.
   */
  merge?: (base: T, ours: T, theirs: T) => T;
}

/** Receives a message for the reader (shown once by the window). */
export type Tell = (message: string) => void;

/** How a file is written. */
export interface JsonFileOptions {
  /** Write in the background, one write for every change made meanwhile (see `saved`). */
  coalesce?: boolean;
  now?: () => Date;
}

interface Envelope {
  kind: string;
  version: number;
  data: unknown;
}

/** What a file's text holds: a value this version reads, or why it cannot be used. */
type Reading<T> = { ok: true; value: T; version: number } | { ok: false; reason: string; newer: boolean };

/** A change resolved when the write carrying it is done (true: it reached the disk). */
interface PendingWrite {
  promise: Promise<boolean>;
  resolve: (saved: boolean) => void;
}

/** A loaded file: the current value, kept in memory, saved on every change. */
export class VersionedJsonFile<T> {
  private value: T;
  /** True when the file on disk could not be read nor moved aside: it must not be overwritten. */
  private readonly frozen: boolean;
  /** The version of an older file that must be backed up before the first write, or null. */
  private pendingBackup: number | null = null;
  /** True after a failed save has been reported, until a save succeeds. */
  private saveFailureTold = false;
  /** True after a refusal to write over a newer file has been reported. */
  private newerFileTold = false;
  /** The file's text as this store last read or wrote it (null: no file), and the value it holds. */
  private lastSeen: string | null = null;
  private base: T;
  /** Changes waiting for the next background write, the write in progress, and a counter of writes begun. */
  private queued: PendingWrite | null = null;
  private current: Promise<boolean> | null = null;
  private writing = false;
  private generation = 0;
  private lastSaved = true;
  private readonly coalesce: boolean;
  private readonly now: () => Date;

  constructor(
    readonly path: string,
    private readonly spec: JsonFileSpec<T>,
    private readonly tell: Tell,
    options: JsonFileOptions = {},
  ) {
    this.coalesce = options.coalesce ?? false;
    this.now = options.now ?? (() => new Date());
    this.removeStaleTemporaries();
    const loaded = this.load();
    this.value = loaded.value;
    this.base = loaded.value;
    this.frozen = loaded.frozen;
    if (loaded.notice) tell(loaded.notice);
  }

  /** The current value. */
  get(): T {
    return this.value;
  }

  /**
   * Replaces the value and saves it: at once (answering whether it reached the disk), or with
   * `coalesce` in the background (answering when `saved()` resolves). Throws, changing nothing,
   * when the schema refuses the value: what cannot be read back is never written.
   */
  set(value: T): boolean {
    const checked = this.spec.schema.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new Error(
        `Refusing to save ${this.spec.label} that could not be read back (${issue.path.join('.') || 'value'}: ${issue.message}).`,
      );
    }
    this.value = checked.data;
    if (!this.coalesce) return this.save();
    this.schedule();
    return true;
  }

  /** Resolves once every change made so far has been written (true) or could not be (false). */
  saved(): Promise<boolean> {
    return this.queued?.promise ?? this.current ?? Promise.resolve(this.lastSaved);
  }

  /** Writes what is waiting for a background write now, synchronously (when the app quits). */
  flush(): void {
    if (!this.queued && !this.writing) return;
    const saved = this.save();
    this.queued?.resolve(saved);
    this.queued = null;
  }

  /** Writes the current value now; returns true when it reached the disk. */
  save(): boolean {
    if (this.frozen) return false;
    // A background write still in progress gives way to this one (see writeInBackground).
    this.generation++;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      if (!this.reconcile(readTextSync(this.path))) return this.done(false);
      this.backUpOriginal();
      const snapshot = this.value;
      const text = this.serialize(snapshot);
      writeAtomically(this.path, text);
      this.lastSeen = text;
      this.base = snapshot;
      return this.done(true);
    } catch (error) {
      this.reportSaveFailure(error);
      return this.done(false);
    }
  }

  private schedule(): void {
    if (this.queued) return;
    let resolve: (saved: boolean) => void = () => {};
    const promise = new Promise<boolean>((settle) => (resolve = settle));
    this.queued = { promise, resolve };
    if (!this.writing) setImmediate(() => void this.drain());
  }

  /** Writes in the background until nothing waits: each write carries every change made before it began. */
  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queued) {
        const batch = this.queued;
        this.queued = null;
        this.current = batch.promise;
        batch.resolve(await this.writeInBackground());
      }
    } finally {
      this.writing = false;
      this.current = null;
    }
  }

  private async writeInBackground(): Promise<boolean> {
    if (this.frozen) return false;
    const generation = ++this.generation;
    const superseded = (): boolean => generation !== this.generation;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const disk = await readText(this.path);
      // A synchronous save (flush) ran meanwhile and wrote everything.
      if (superseded()) return true;
      if (!this.reconcile(disk)) return this.done(false);
      this.backUpOriginal();
      const snapshot = this.value;
      const text = this.serialize(snapshot);
      if (!(await writeAtomicallyInBackground(this.path, text, () => !superseded()))) return true;
      this.lastSeen = text;
      this.base = snapshot;
      return this.done(true);
    } catch (error) {
      this.reportSaveFailure(error);
      return this.done(false);
    }
  }

  private done(saved: boolean): boolean {
    this.lastSaved = saved;
    if (saved) this.saveFailureTold = false;
    return saved;
  }

  private reportSaveFailure(error: unknown): void {
    if (this.saveFailureTold) return;
    this.saveFailureTold = true;
    this.tell(
      `Your ${this.spec.label} could not be saved in ${dirname(this.path)} (${fileErrorReason(error)}). ` +
        'They are kept while the reader stays open, and saved as soon as the folder can be written.',
    );
  }

  /**
   * Before a write: when the file changed behind this store, takes the other writer's changes in
   * (merged with ours), or sets an unreadable file aside. False when the file must not be written
   * over (a newer version of the reader wrote it).
   */
  private reconcile(disk: string | null): boolean {
    if (disk === this.lastSeen || disk === null) return true;
    const theirs = this.interpret(disk);
    if (!theirs.ok && theirs.newer) {
      if (!this.newerFileTold) {
        this.newerFileTold = true;
        this.tell(
          `Your ${this.spec.label} file was just written by a newer version of the reader (${theirs.reason}). ` +
            'It was not written over; your latest changes are kept while this window stays open.',
        );
      }
      return false;
    }
    if (!theirs.ok) {
      // Damaged behind us: kept aside like a damaged file at startup, then ours is written (unless it cannot be moved).
      const aside = this.setAside(theirs.reason);
      this.tell(aside.notice);
      return !aside.frozen;
    }
    const merge = this.spec.merge ?? mergeByKey;
    const merged = this.spec.schema.safeParse(merge(this.base, this.value, theirs.value));
    this.value = merged.success ? merged.data : theirs.value;
    // Their file is now what ours grows from; no backup is due for a file another writer replaced.
    this.base = theirs.value;
    this.lastSeen = disk;
    this.pendingBackup = null;
    return true;
  }

  private backUpOriginal(): void {
    if (this.pendingBackup === null) return;
    copyIfAbsent(this.path, this.sibling(`v${this.pendingBackup}-backup`));
    this.pendingBackup = null;
  }

  private serialize(value: T): string {
    const envelope: Envelope = { kind: this.spec.kind, version: this.spec.version, data: value };
    return `${JSON.stringify(envelope, null, 2)}\n`;
  }

  /**
   * Removes the temporary files of writers that are no longer running (a write killed before its
   * rename). Their content is compared with the file: the file holds every change that was
   * confirmed, so they go; only when the file itself is missing does the newest complete one
   * become the file.
   */
  private removeStaleTemporaries(): void {
    const folder = dirname(this.path);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    const stale = names
      .filter((name) => {
        const writer = temporaryWriter(this.path, name);
        return writer !== null && !isRunning(writer);
      })
      .map((name) => join(folder, name))
      .sort((a, b) => modifiedAt(b) - modifiedAt(a));
    let live = readTextSync(this.path, null);
    for (const temporary of stale) {
      try {
        const text = readTextSync(temporary, null);
        if (live === null && text !== null && this.interpret(text).ok) {
          renameSync(temporary, this.path);
          live = text;
        } else {
          unlinkSync(temporary);
        }
      } catch {
        // Gone already (another instance cleaned it) or not ours to remove: left as it is.
      }
    }
  }

  private load(): { value: T; frozen: boolean; notice: string | null } {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      // No file (or no folder: a path part is a file, so no file can be there): a first start.
      const code = fileErrorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { value: this.spec.defaults(), frozen: false, notice: null };
      return this.setAside(`it cannot be read: ${fileErrorReason(error)}`);
    }
    const reading = this.interpret(text);
    if (!reading.ok) return this.setAside(reading.reason);
    if (reading.version < this.spec.version) this.pendingBackup = reading.version;
    this.lastSeen = text;
    return { value: reading.value, frozen: false, notice: null };
  }

  /** Reads a file's text as this version of the reader understands it (migrating older versions). */
  private interpret(text: string): Reading<T> {
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(text);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error), newer: false };
    }
    if (envelope.kind !== this.spec.kind)
      return { ok: false, reason: `it holds "${envelope.kind}", not ${this.spec.label}`, newer: false };
    if (envelope.version > this.spec.version) {
      return {
        ok: false,
        reason: `it was written by a newer version of the reader (format ${envelope.version}; this one reads up to ${this.spec.version})`,
        newer: true,
      };
    }
    let data = envelope.data;
    try {
      for (let version = envelope.version; version < this.spec.version; version++) {
        const migrate = this.spec.migrations?.[version];
        if (!migrate) throw new Error(`format ${version} can no longer be converted`);
        data = migrate(data);
      }
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error), newer: false };
    }
    const parsed = this.spec.schema.safeParse(data);
    if (!parsed.success) return { ok: false, reason: 'its content is not in the expected form', newer: false };
    return { ok: true, value: parsed.data, version: envelope.version };
  }

  /** Moves an unusable file aside (never deletes it) and starts from the defaults. */
  private setAside(reason: string): { value: T; frozen: boolean; notice: string } {
    const aside = this.freeSibling(`unreadable-${this.now().toISOString().replace(/[:.]/g, '-')}`);
    try {
      renameSync(this.path, aside);
    } catch (error) {
      return {
        value: this.spec.defaults(),
        frozen: true,
        notice:
          `Your ${this.spec.label} file ${this.path} could not be used (${reason}) and could not be moved aside ` +
          `(${fileErrorReason(error)}). It was left untouched; the reader uses ${this.spec.fallback} and will not write over it.`,
      };
    }
    this.lastSeen = null;
    return {
      value: this.spec.defaults(),
      frozen: false,
      notice:
        `Your ${this.spec.label} file could not be used (${reason}). It was kept as "${basename(aside)}" in ` +
        `${dirname(this.path)}, and the reader started with ${this.spec.fallback}.`,
    };
  }

  /** `bookmarks.json` → `bookmarks.<tag>.json`. */
  private sibling(tag: string): string {
    const extension = extname(this.path);
    return join(dirname(this.path), `${basename(this.path, extension)}.${tag}${extension}`);
  }

  private freeSibling(tag: string): string {
    let candidate = this.sibling(tag);
    for (let n = 2; existsSync(candidate); n++) candidate = this.sibling(`${tag}-${n}`);
    return candidate;
  }
}

/** The default merge: per top-level key, ours where this store changed it since `base`, theirs elsewhere. */
function mergeByKey<T>(base: T, ours: T, theirs: T): T {
  if (!isRecord(base) || !isRecord(ours) || !isRecord(theirs)) return ours;
  const merged: Record<string, unknown> = { ...theirs };
  for (const key of Object.keys(ours)) {
    if (JSON.stringify(ours[key]) !== JSON.stringify(base[key])) merged[key] = ours[key];
  }
  return merged as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEnvelope(text: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(text.trim() === '' ? 'it is empty' : 'it is not valid JSON (it may be truncated or damaged)');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('it is not a reader data file');
  const { kind, version, data } = json as Record<string, unknown>;
  if (
    typeof kind !== 'string' ||
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    !('data' in json)
  ) {
    throw new Error('it is not a reader data file');
  }
  return { kind, version, data };
}

/** A file's text; null when there is no file. Other errors are thrown (or give `orElse` when one is given). */
function readTextSync(path: string, orElse?: null): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (fileErrorCode(error) === 'ENOENT' || orElse === null) return null;
    throw error;
  }
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (fileErrorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** True when a process with this id is running (ours included): its temporary files may still be in use. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return fileErrorCode(error) === 'EPERM';
  }
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function copyIfAbsent(from: string, to: string): void {
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (fileErrorCode(error) !== 'EEXIST' && fileErrorCode(error) !== 'ENOENT') throw error;
  }
}
