/**
 * What every output says when the text loaded is not the published one (its content hash does not
 * match the stamp or the hash the app was built with). Decision: such a text is still exported,
 * printed and cited, because the reader may need to show what the copy in front of them says; but
 * every printed page, the PDF's title block, each citation and the Markdown export carry this line,
 * beside the fingerprint of the text actually loaded (never the stamped one).
 */
import type { Citation, ContentIntegrity } from '../../shared/contract';
import { escapeHtml } from '../../shared/html';
import { shortFingerprint } from '../../shared/fingerprint';

/** The words every output of an altered text carries. */
export const ALTERED_TEXT_LINE = 'This text does not match the published document';

/** The sentence an output of this text carries, or null when the text is the published one. */
export function alteredTextNotice(integrity: ContentIntegrity): string | null {
  if (integrity.verified) return null;
  return (
    `${ALTERED_TEXT_LINE}: its fingerprint is ${shortFingerprint(integrity.actualHash)}, ` +
    `the published document's is ${shortFingerprint(integrity.expectedHash)}.`
  );
}

/** A citation with the notice after it (plain text and HTML alike); unchanged when there is none. */
export function citationWithNotice(citation: Citation, notice: string | null): Citation {
  if (notice === null) return citation;
  return {
    text: `${citation.text}\n${notice}`,
    html: `${citation.html}\n<p><strong>${escapeHtml(notice)}</strong></p>`,
  };
}
