import type { Platform } from '../../../shared/key-chords';

/** The keyboard convention of the machine the reader runs on (macOS shows ⌘, others Ctrl). */
export const PLATFORM: Platform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';
