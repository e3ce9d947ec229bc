import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/main/corpus/canonical-json';
import { documentPath } from '../../../../src/main/corpus/corpus-loader';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';

describe('canonical JSON (RFC 8785)', () => {
  it('writes exactly what the canonicalize package writes: on the catalog, a document and random JSON', () => {
    const corpus: unknown = [
      JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')),
      JSON.parse(readFileSync(documentPath(CORPUS_DIR, STATEMENT_ID), 'utf8')),
    ];
    expect(canonicalJson(corpus)).toBe(canonicalize(corpus));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys by UTF-16 code units, drops whitespace, and writes numbers and strings as ECMAScript does', () => {
    expect(canonicalJson({ b: [1e21, 0.1, -0, 'é\n'], a: null, '\u20ac': true, '\ud83d\ude00': false, A: 1 })).toBe(
      '{"A":1,"a":null,"b":[1e+21,0.1,0,"é\\n"],"€":true,"\ud83d\ude00":false}',
    );
    expect(canonicalJson({ z: 1, a: 2 })).toBe(canonicalJson({ a: 2, z: 1 }));
  });

  it('refuses what has no exact JSON form', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/no JSON form/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/no JSON form/);
    expect(() => canonicalJson('\ud800 alone')).toThrow(/lone surrogate/);
    expect(() => canonicalJson({ ['\udfff']: 1 })).toThrow(/lone surrogate/);
    // A string with a proper pair is checked pair by pair: a lone half beside it is still refused.
    expect(() => canonicalJson('\ud83d\ude00 and \ude00')).toThrow(/lone surrogate/);
    expect(canonicalJson('\ud83d\ude00 paired')).toBe('"\ud83d\ude00 paired"');
  });
});
