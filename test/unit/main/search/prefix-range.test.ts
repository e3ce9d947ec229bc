/** Prefix ranges by binary search at both ends agree with a filter of the sorted list. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixRange } from '../../../../src/main/search/prefix-range';
import { fuzzRuns } from '../../../support/fuzz-runs';

const text = fc
  .array(fc.constantFrom('a', 'b', 'z', 'é', '\uffff', '𝒜'), { maxLength: 5 })
  .map((letters) => letters.join(''));

describe('prefix range', () => {
  it('is the run of the sorted words that start with the prefix', () => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { maxLength: 80 }), text, (unsorted, prefix) => {
        const sorted = [...unsorted].sort();
        const [start, end] = prefixRange(sorted, prefix);
        const expected = sorted.flatMap((word, i) => (word.startsWith(prefix) ? [i] : []));
        expect(sorted.slice(start, end)).toEqual(expected.map((i) => sorted[i]));
        if (expected.length > 0) expect(start).toBe(expected[0]);
        else expect(end).toBe(start);
      }),
      { numRuns: fuzzRuns(3_000), seed: 3 },
    );
  });

  it('handles the empty list, the empty prefix, and a prefix past every word', () => {
    expect(prefixRange([], 'a')).toEqual([0, 0]);
    expect(prefixRange(['a', 'b'], '')).toEqual([0, 2]);
    expect(prefixRange(['a', 'ab', 'abc', 'b'], 'ab')).toEqual([1, 3]);
    expect(prefixRange(['a', 'b'], 'c')).toEqual([2, 2]);
  });
});
