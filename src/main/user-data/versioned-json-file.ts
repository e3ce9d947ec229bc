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
 *   tries again.
 * Electron-free; synchronous (the files are a few kilobytes).
 */
import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import { writeAtomically } from '../files/atomic-write';
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
}

/** Receives a message for the reader (shown once by the window). */
export type Tell = (message: string) => void;

interface Envelope {
  kind: string;
  version: number;
  data: unknown;
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

  constructor(
    readonly path: string,
    private readonly spec: JsonFileSpec<T>,
    private readonly tell: Tell,
    private readonly now: () => Date = () => new Date(),
  ) {
    const loaded = this.load();
    this.value = loaded.value;
    this.frozen = loaded.frozen;
    if (loaded.notice) tell(loaded.notice);
  }

  /** The current value. */
  get(): T {
    return this.value;
  }

  /** Replaces the value and saves it; returns true when it reached the disk. */
  set(value: T): boolean {
    this.value = value;
    return this.save();
  }

  /** Writes the current value; returns true when it reached the disk. */
  save(): boolean {
    if (this.frozen) return false;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      if (this.pendingBackup !== null) {
        copyIfAbsent(this.path, this.sibling(`v${this.pendingBackup}-backup`));
        this.pendingBackup = null;
      }
      const envelope: Envelope = { kind: this.spec.kind, version: this.spec.version, data: this.value };
      writeAtomically(this.path, `${JSON.stringify(envelope, null, 2)}\n`);
      this.saveFailureTold = false;
      return true;
    } catch (error) {
      if (!this.saveFailureTold) {
        this.saveFailureTold = true;
        this.tell(
          `Your ${this.spec.label} could not be saved in ${dirname(this.path)} (${fileErrorReason(error)}). ` +
            'They are kept while the reader stays open, and saved as soon as the folder can be written.',
        );
      }
      return false;
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
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(text);
    } catch (error) {
      return this.setAside(error instanceof Error ? error.message : String(error));
    }
    if (envelope.kind !== this.spec.kind) return this.setAside(`it holds "${envelope.kind}", not ${this.spec.label}`);
    if (envelope.version > this.spec.version) {
      return this.setAside(
        `it was written by a newer version of the reader (format ${envelope.version}; this one reads up to ${this.spec.version})`,
      );
    }
    let data = envelope.data;
    try {
      for (let version = envelope.version; version < this.spec.version; version++) {
        const migrate = this.spec.migrations?.[version];
        if (!migrate) throw new Error(`format ${version} can no longer be converted`);
        data = migrate(data);
      }
    } catch (error) {
      return this.setAside(error instanceof Error ? error.message : String(error));
    }
    const parsed = this.spec.schema.safeParse(data);
    if (!parsed.success) return this.setAside('its content is not in the expected form');
    if (envelope.version < this.spec.version) this.pendingBackup = envelope.version;
    return { value: parsed.data, frozen: false, notice: null };
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

function copyIfAbsent(from: string, to: string): void {
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (fileErrorCode(error) !== 'EEXIST' && fileErrorCode(error) !== 'ENOENT') throw error;
  }
}
