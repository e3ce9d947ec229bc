/** The reader's settings (theme, text size, window placement), kept in `settings.json`. */
import { z } from 'zod';
import { textScaleSchema, themeSchema, type SettingsChange } from '../../shared/contract/request-schemas';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../shared/contract/user';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';
import type { WindowState } from './window-placement';

/** Everything `settings.json` holds. */
export interface StoredSettings extends ReaderSettings {
  /** Where the window was when it was last moved or resized (null before the first time). */
  window: WindowState | null;
}

const windowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

/** Version 1 of `settings.json`. */
export const SETTINGS_SPEC: JsonFileSpec<StoredSettings> = {
  kind: 'settings',
  version: 1,
  schema: z.strictObject({
    theme: themeSchema,
    textScale: textScaleSchema,
    window: windowStateSchema.nullable(),
  }),
  defaults: () => ({ ...DEFAULT_SETTINGS, window: null }),
  label: 'settings',
  fallback: 'the default settings',
};

/** Reads and changes the settings; every change is saved at once. */
export class SettingsStore {
  private readonly file: VersionedJsonFile<StoredSettings>;

  constructor(path: string, tell: Tell) {
    this.file = new VersionedJsonFile(path, SETTINGS_SPEC, tell);
  }

  /** The display settings the renderer uses. */
  get(): ReaderSettings {
    const { theme, textScale } = this.file.get();
    return { theme, textScale };
  }

  /** Applies a (validated) change and returns the new settings. */
  update(change: SettingsChange): ReaderSettings {
    this.file.set({ ...this.file.get(), ...change });
    return this.get();
  }

  /** The last saved window placement, or null. */
  windowState(): WindowState | null {
    return this.file.get().window;
  }

  /** Remembers the window placement. */
  setWindowState(window: WindowState): void {
    this.file.set({ ...this.file.get(), window });
  }
}
