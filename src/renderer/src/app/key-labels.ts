/** How to write a shortcut for this platform: `Ctrl+D` or `⌘D`. */
export function shortcutLabel(keys: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac
    ? keys
        .replace(/Ctrl\+/g, '⌘')
        .replace(/Alt\+/g, '⌥')
        .replace(/Shift\+/g, '⇧')
    : keys;
}
