import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { SettingsChange } from '../../../../shared/contract/request-schemas';
import { DEFAULT_SETTINGS, TEXT_SCALES, type ReaderSettings, type ThemeChoice } from '../../../../shared/contract/user';
import type { ReaderError } from '../../../../shared/result';
import { readerApi } from '../../reader-api';

/** The theme actually shown: the choice, or the system's when the choice is `system`. */
export type ShownTheme = 'light' | 'dark';

/** The settings, the theme shown, and ways to change them (each change is saved by main). */
export interface SettingsState {
  settings: ReaderSettings;
  shownTheme: ShownTheme;
  setTheme: (theme: ThemeChoice) => void;
  /** One step larger (+1), smaller (-1), or back to the default size (0). */
  stepTextSize: (step: -1 | 0 | 1) => void;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): ShownTheme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The next text scale from `current` (steps along TEXT_SCALES; 0 resets to 1). */
export function nextTextScale(current: number, step: -1 | 0 | 1): number {
  if (step === 0) return 1;
  const scales = TEXT_SCALES as readonly number[];
  const index = scales.indexOf(current);
  const from = index >= 0 ? index : scales.indexOf(1);
  return scales[Math.max(0, Math.min(scales.length - 1, from + step))]!;
}

/**
 * Loads the settings from main and applies them to the page: `data-theme` on the root element
 * (followed live when the choice is `system`) and the `--text-scale` of the reading text.
 */
export function useSettings(onError: (error: ReaderError) => void): SettingsState {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [system, setSystem] = useState<ShownTheme>(systemTheme);

  const reportError = useEffectEvent(onError);
  useEffect(() => {
    let current = true;
    void readerApi()
      .getSettings()
      .then((result) => {
        if (!current) return;
        if (result.ok) setSettings(result.value);
        else reportError(result.error);
      });
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (): void => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const shownTheme = settings.theme === 'system' ? system : settings.theme;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = shownTheme;
    root.style.setProperty('--text-scale', String(settings.textScale));
  }, [shownTheme, settings.textScale]);

  const change = useCallback(
    (next: SettingsChange) => {
      setSettings((current) => ({ ...current, ...next }));
      void readerApi()
        .updateSettings(next)
        .then((result) => (result.ok ? setSettings(result.value) : onError(result.error)));
    },
    [onError],
  );
  const setTheme = useCallback((theme: ThemeChoice) => change({ theme }), [change]);
  const stepTextSize = useCallback(
    (step: -1 | 0 | 1) => change({ textScale: nextTextScale(settings.textScale, step) }),
    [change, settings.textScale],
  );
  return { settings, shownTheme, setTheme, stepTextSize };
}
