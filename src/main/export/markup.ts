/** Escaping for the print document: verbatim corpus text must reach the page as text, never as markup. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A CSS string literal (with its quotes) holding `text` exactly: every character other than letters,
 * digits, space and harmless punctuation becomes a 6-digit CSS escape followed by its terminating
 * space, so no quote, backslash, `<` or newline from the corpus can end the string or the `<style>`.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    // The space after a hex escape ends it (CSS eats one space there), so a real space can follow.
    out += /^[A-Za-z0-9 .,:;!?()\-–—]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')} `;
  }
  return `${out}"`;
}
