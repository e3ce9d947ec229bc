/**
 * The one HTML escaper: every place that writes corpus text, file paths or messages into HTML
 * (the citation's HTML flavour, the print document, the error page) goes through it.
 */

/**
 * Escapes text for HTML element content and for single- or double-quoted attribute values: `& < > " '`
 * become numeric character references, so the text reaches the page as text, never as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
