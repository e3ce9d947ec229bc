import { clipboard, ClipboardItem } from 'electron';
import type { ClipboardPort } from '../ipc/user-handlers';

/**
 * Writes citations with Electron's own clipboard, from main. The renderer's
 * `navigator.clipboard.write` is not used: Electron gates it behind the `clipboard-sanitized-write`
 * permission, which this app denies like every other permission (src/main/electron/harden.ts).
 */
export function electronClipboardPort(): ClipboardPort {
  return {
    write: (citation) =>
      clipboard.write([new ClipboardItem({ 'text/plain': citation.text, 'text/html': citation.html })]),
  };
}
