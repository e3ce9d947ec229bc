/**
 * The one short form of a content hash that the reader shows: About, Document info, PDF footers,
 * bookmark exports, warnings and the command line all print it this way, so a printout, a file
 * and the screen can be compared by eye. The full hash is shown where there is room for it (the
 * PDF title block) and on demand.
 */

/** Hex digits of the short fingerprint: 48 bits, enough to tell any two builds apart by eye. */
export const FINGERPRINT_DIGITS = 12;

/** The short fingerprint of a sha256 (hex) content hash: its first 12 hex digits, lower case. */
export function shortFingerprint(hash: string): string {
  return hash.slice(0, FINGERPRINT_DIGITS).toLowerCase();
}
