/**
 * pdf-lib recognises PDF bytes with `instanceof Uint8Array`, which is false for bytes made in
 * another JavaScript realm: a Node `Buffer` seen from a jsdom window (the renderer tests run the
 * real export handlers there), or bytes from a `vm` context. It then refuses them as "NaN".
 */

/** `pdf` as a Uint8Array of this realm, ready for pdf-lib (the same object when it already is one). */
export function pdfBytes(pdf: Uint8Array): Uint8Array {
  return pdf instanceof Uint8Array ? pdf : new Uint8Array(pdf);
}
