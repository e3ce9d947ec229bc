/** The reader's settings (theme, text size, window placement), kept in `settings.json`. */
import { z } from 'zod';
import { TEXT_SCALES, THEME_CHOICES, type ReaderSettings, type SettingsChange } from '../../shared/contract';
import { VersionedJsonFile, type JsonFileSpec, type Tell } from './versioned-json-file';
import type { WindowState } from './window-placement';

/** Everything `settings.json` holds. */
export interface StoredSettings extends ReaderSettings {
  /** Where the window was when it was last moved or resized (null before the first time). */
  window: WindowState | null;
}

/** Settings of a first start. */
export const DEFAULT_SETTINGS: StoredSettings = { theme: 'system', textScale: 1, window: null };

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
    theme: z.enum(THEME_CHOICES),
    textScale: z.number().refine((scale) => (TEXT_SCALES as readonly number[]).includes(scale)),
    window: windowStateSchema.nullable(),
  }),
  defaults: () => ({ ...DEFAULT_SETTINGS }),
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
