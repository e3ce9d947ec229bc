/** Where the reader left off, kept in `reading-position.json`, so the app reopens there. */
import { z } from 'zod';
import { idSchema, type ReadingPosition } from '../../shared/contract/request-schemas';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';

/** Version 1 of `reading-position.json`. */
export const READING_POSITION_SPEC: JsonFileSpec<{ position: ReadingPosition | null }> = {
  kind: 'reading-position',
  version: 1,
  // The layout on disk is spelled out (not the request's schema), so a change to the request cannot change the file.
  schema: z.strictObject({
    position: z
      .strictObject({ documentId: idSchema, sectionId: idSchema, paragraphId: idSchema.nullable() })
      .nullable(),
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
