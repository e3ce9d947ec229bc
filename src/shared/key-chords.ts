/**
 * Key combinations as data, and the three ways they are written: matched against a key press in
 * the page, as an Electron menu accelerator, and as the reader reads them (`Ctrl+D`, `⌘D`) or a
 * screen reader does (`aria-keyshortcuts`).
 */

/** The two keyboard conventions the reader follows: macOS, and Windows/Linux. */
export type Platform = 'mac' | 'other';

/** A key combination. */
export interface KeyChord {
  /** `KeyboardEvent.key`, letters in lower case: `f`, `=`, `ArrowLeft`, `F3`. */
  key: string;
  /** The command modifier: Cmd on macOS, Ctrl elsewhere. The page takes either key on both. */
  mod?: true;
  /** The Command (⌘) key itself (Cmd+[ on macOS), not Ctrl. */
  meta?: true;
  alt?: true;
  shift?: true;
}

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press gives `chord` (letters match in either case; Ctrl and Cmd alike for `mod`). */
export function chordMatches(chord: KeyChord, press: KeyPress): boolean {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key !== chord.key || press.altKey !== !!chord.alt || press.shiftKey !== !!chord.shift) return false;
  if (chord.mod) return press.ctrlKey || press.metaKey;
  if (chord.meta) return press.metaKey && !press.ctrlKey;
  return !press.ctrlKey && !press.metaKey;
}

/** Key names that Electron accelerators, labels and `aria-keyshortcuts` spell differently from `KeyboardEvent.key`. */
const KEY_NAMES: Record<string, { accelerator: string; label: string; aria: string }> = {
  ArrowLeft: { accelerator: 'Left', label: '←', aria: 'ArrowLeft' },
  ArrowRight: { accelerator: 'Right', label: '→', aria: 'ArrowRight' },
  ArrowUp: { accelerator: 'Up', label: '↑', aria: 'ArrowUp' },
  ArrowDown: { accelerator: 'Down', label: '↓', aria: 'ArrowDown' },
  '+': { accelerator: 'Plus', label: '+', aria: 'Plus' },
  ' ': { accelerator: 'Space', label: 'Space', aria: 'Space' },
};

const keyName = (key: string, form: 'accelerator' | 'label' | 'aria'): string =>
  KEY_NAMES[key]?.[form] ?? (key.length === 1 ? key.toUpperCase() : key);

/**
 * The Electron accelerator of a chord, e.g. `CmdOrCtrl+Shift+C`, `Alt+Left`, `Cmd+[`
 * (the syntax of Electron's Accelerator documentation).
 */
export function electronAccelerator(chord: KeyChord): string {
  return [
    ...(chord.mod ? ['CmdOrCtrl'] : []),
    ...(chord.meta ? ['Cmd'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    keyName(chord.key, 'accelerator'),
  ].join('+');
}

/** A chord as the platform writes it: `Ctrl+Shift+C` and `Alt+←`, or `⇧⌘C` and `⌥←` on macOS (Apple's order). */
export function chordLabel(chord: KeyChord, platform: Platform): string {
  const key = keyName(chord.key, 'label');
  if (platform === 'mac')
    return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod || chord.meta ? '⌘' : ''}${key}`;
  return [
    ...(chord.mod ? ['Ctrl'] : []),
    ...(chord.meta ? ['Meta'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    key,
  ].join('+');
}

/** A chord in `aria-keyshortcuts` syntax for a platform, e.g. `Control+Shift+C` or `Meta+Shift+C`. */
export function ariaKeyShortcut(chord: KeyChord, platform: Platform): string {
  return [
    ...(chord.mod && platform === 'other' ? ['Control'] : []),
    ...(chord.meta || (chord.mod && platform === 'mac') ? ['Meta'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    keyName(chord.key, 'aria'),
  ].join('+');
}
