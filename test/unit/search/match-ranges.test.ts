import { describe, expect, it } from 'vitest';
import { matchRanges, mergeRanges, prefixWithinOneEdit, withinEditDistance } from '../../../src/main/services/match-ranges';
import type { PlannedClause } from '../../../src/main/services/query-plan';
import { parseQuery } from '../../../src/main/services/query-parser';
import { makeSnippet } from '../../../src/main/services/snippet';
import { normalizeTerm } from '../../../src/main/services/text-analysis';

/** Optimal string alignment distance, the textbook table: the reference the fast checks must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
}

const term = (word: string, field: 'title' | 'body' = 'body'): PlannedClause => {
  const source = parseQuery(word).clauses[0];
  if (source?.kind !== 'term') throw new Error(word);
  return { kind: 'term', field, terms: [normalizeTerm(word)], presence: 'optional', boost: 1, source };
};
const phrase = (...units: string[]): PlannedClause => ({ kind: 'phrase', field: 'body', units: units.map(normalizeTerm), presence: 'required', display: units.join(' ') });
const marked = (text: string, clauses: PlannedClause[]) => matchRanges(text, clauses, 'body').map(([from, to]) => text.slice(from, to));

describe('edit distance', () => {
  it('agrees with the textbook table for distances 0, 1 and 2 (insertions, deletions, substitutions, swaps)', () => {
    const random = seeded(42);
    const word = () => Array.from({ length: Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [a, b] = [word(), word()];
      const distance = osa(a, b);
      for (const limit of [0, 1, 2]) expect(withinEditDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(distance <= limit);
    }
  });

  it('finds a typo in a word still being typed (a beginning within one edit)', () => {
    const random = seeded(7);
    const word = (min: number) => Array.from({ length: min + Math.floor(random() * 6) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [candidate, prefix] = [word(1), word(0)];
      let expected = prefix.length <= 1;
      for (let length = Math.max(1, prefix.length - 1); length <= Math.min(candidate.length, prefix.length + 1); length++) {
        if (osa(candidate.slice(0, length), prefix) <= 1) expected = true;
      }
      expect(prefixWithinOneEdit(candidate, prefix), `${candidate} ${prefix}`).toBe(expected);
    }
    expect(prefixWithinOneEdit('constructive', 'constrc')).toBe(true);
    expect(prefixWithinOneEdit('constructive', 'cnstrct')).toBe(false);
  });
});

describe('highlight ranges', () => {
  it('marks every form of a word that shares its stem, and nothing else', () => {
    expect(marked('The right of rights, righteous rightly.', [term('rights')])).toEqual(['right', 'rights']);
  });

  it('marks a phrase as one range, across a hyphenated pair written either way', () => {
    expect(marked('Technical co‐operation with the Office; technical cooperation with others.', [phrase('technical', 'cooperation', 'with')])).toEqual([
      'Technical co‐operation with',
      'technical cooperation with',
    ]);
    expect(marked('bodies of the treaty', [phrase('treaty', 'bodies')])).toEqual([]);
  });

  it('leaves out excluded clauses and clauses for another field', () => {
    const excluded: PlannedClause = { ...term('western'), presence: 'excluded' };
    expect(marked('Western states', [excluded, term('states')])).toEqual(['states']);
    expect(marked('treaty bodies', [term('treaty', 'title')])).toEqual([]);
    expect(matchRanges('Treaty bodies', [term('treaty', 'title')], 'title')).toEqual([[0, 6]]);
  });

  it('merges touching and overlapping ranges', () => {
    expect(mergeRanges([[5, 9], [0, 3], [3, 4], [8, 12]])).toEqual([[0, 4], [5, 12]]);
  });
});

describe('snippets', () => {
  const long = `${'Opening words of a long paragraph. '.repeat(6)}Here the special procedures and the special rapporteur meet. ${'Closing words. '.repeat(10)}`;

  it('keeps short texts whole and cuts long ones at word boundaries, verbatim between the ellipses', () => {
    expect(makeSnippet('short text', [[0, 5]])).toEqual({ text: 'short text', ranges: [[0, 5]] });
    const ranges = mergeRanges(matchRanges(long, [term('special'), term('rapporteur')], 'body'));
    const snippet = makeSnippet(long, ranges);
    expect(snippet.text.length).toBeLessThanOrEqual(182);
    expect(long).toContain(snippet.text.replace(/^…|…$/g, ''));
    expect(snippet.ranges.map(([from, to]) => snippet.text.slice(from, to))).toEqual(['special', 'special', 'rapporteur']);
  });

  it('shows the stretch with the most different matched words', () => {
    const text = `The procedures began. ${'Filler sentence here. '.repeat(12)}The special rapporteur and the procedures.`;
    const ranges = matchRanges(text, [term('procedures'), term('rapporteur')], 'body');
    const snippet = makeSnippet(text, ranges);
    expect(snippet.ranges.map(([from, to]) => snippet.text.slice(from, to))).toEqual(['rapporteur', 'procedures']);
  });
});
