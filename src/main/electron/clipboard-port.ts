import { clipboard, ClipboardItem } from 'electron';
import type { ClipboardPort } from '../ipc/user-handlers';

/**
 * Writes citations and plain text with Electron's own clipboard, from main (HTML only when given). The renderer's
 * `navigator.clipboard.write` is not used: Electron gates it behind the `clipboard-sanitized-write`
 * permission, which this app denies like every other permission (src/main/electron/harden.ts).
 */
export function electronClipboardPort(): ClipboardPort {
  return {
    write: (content) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain': content.text,
          ...(content.html === undefined ? {} : { 'text/html': content.html }),
        }),
      ]),
  };
}
