/**
 * RFC 8785 (JSON Canonicalization Scheme): one byte sequence per JSON value, whatever the key order
 * or spacing it was written with. Object keys are sorted by UTF-16 code units, nothing but the
 * values is written, and strings and numbers take ECMAScript's JSON forms (which RFC 8785 adopts).
 *
 * Why not the `canonicalize` package itself: it ships as an ES module whose `exports` map has only an
 * `import` condition, so the CommonJS tools that build and check the corpus (`tsx` scripts, the
 * command line) cannot `require` it. test/unit/main/corpus/canonical-json.test.ts checks this
 * function against that package, byte for byte, on the corpus and on random JSON.
 */

/** The canonical JSON text of `value`; throws on what JSON cannot hold exactly (NaN, Infinity, lone surrogates). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return canonicalString(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${canonicalString(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  throw new Error(`a ${typeof value} has no JSON form`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

function canonicalString(text: string): string {
  // Most strings hold no surrogate at all: only those that do are checked pair by pair (the
  // corpus's hash, recomputed at every start, reads 10 MB of strings with 532 languages).
  if (SURROGATE.test(text) && SURROGATE.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
    throw new Error('a string holds a lone surrogate, which has no canonical form');
  return JSON.stringify(text);
}
