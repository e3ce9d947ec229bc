/**
 * Escaping for the print stylesheet: corpus text printed by CSS (the running footers) must reach
 * the page as text. (Text in the HTML is escaped by `escapeHtml` in src/shared/html.ts.)
 */

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
