/** Where the reader left off, kept in `reading-position.json`, so the app reopens there. */
import { z } from 'zod';
import type { ReadingPosition } from '../../shared/contract';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';

const id = z.string().min(1).max(200);

/** Version 1 of `reading-position.json`. */
export const READING_POSITION_SPEC: JsonFileSpec<{ position: ReadingPosition | null }> = {
  kind: 'reading-position',
  version: 1,
  schema: z.strictObject({
    position: z.strictObject({ documentId: id, sectionId: id, paragraphId: id.nullable() }).nullable(),
  }),
  defaults: () => ({ position: null }),
  label: 'reading position',
  fallback: 'the first section',
};

/** The last reading position. */
export class ReadingPositionStore {
  private readonly file: VersionedJsonFile<{ position: ReadingPosition | null }>;

  constructor(path: string, tell: Tell) {
    this.file = new VersionedJsonFile(path, READING_POSITION_SPEC, tell);
  }

  /** The saved position, or null before the first one. */
  get(): ReadingPosition | null {
    return this.file.get().position;
  }

  /** Saves the position (skips the write when nothing changed). */
  set(position: ReadingPosition): void {
    const current = this.get();
    if (
      current &&
      current.documentId === position.documentId &&
      current.sectionId === position.sectionId &&
      current.paragraphId === position.paragraphId
    )
      return;
    this.file.set({ position: { ...position } });
  }
}
