import { describe, expect, it } from 'vitest';
import { matchRanges, mergeRanges, withinEditDistance } from '../../../../src/main/search/match-ranges';
import { parseQuery } from '../../../../src/main/search/query-parser';
import { makeSnippet } from '../../../../src/main/search/snippet';

/** Optimal string alignment distance, the textbook table: the reference the fast check must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
}

/** The words a parsed query marks in `text` (body field), as text. */
const marked = (text: string, query: string) =>
  matchRanges(text, parseQuery(`${query} `).clauses, 'body').map(([from, to]) => text.slice(from, to));

describe('edit distance', () => {
  it('agrees with the textbook table for distances 0, 1 and 2 (insertions, deletions, substitutions, swaps)', () => {
    const random = seeded(42);
    const word = () => Array.from({ length: Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [a, b] = [word(), word()];
      const distance = osa(a, b);
      for (const limit of [0, 1, 2])
        expect(withinEditDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(distance <= limit);
    }
  });
});

describe('highlight ranges', () => {
  it('marks every form of a word that shares its stem, and nothing else', () => {
    expect(marked('The right of rights, righteous rightly.', 'rights')).toEqual(['right', 'rights']);
  });

  it('marks a phrase as one range, only where its words follow each other', () => {
    expect(marked('The treaty bodies met the bodies of the treaty.', '"treaty bodies"')).toEqual(['treaty bodies']);
  });

  it('leaves out excluded words and words scoped to headings', () => {
    expect(marked('Western states', '-western states')).toEqual(['states']);
    expect(marked('treaty bodies', 'title:treaty')).toEqual([]);
    expect(matchRanges('Treaty bodies', parseQuery('title:treaty ').clauses, 'title')).toEqual([[0, 6]]);
  });

  it('merges touching and overlapping ranges', () => {
    expect(
      mergeRanges([
        [5, 9],
        [0, 3],
        [3, 4],
        [8, 12],
      ]),
    ).toEqual([
      [0, 4],
      [5, 12],
    ]);
  });
});

describe('snippets', () => {
  const long = `${'Opening words of a long paragraph. '.repeat(6)}Here the special procedures and the special rapporteur meet. ${'Closing words. '.repeat(10)}`;

  it('keeps short texts whole and cuts long ones at word boundaries, verbatim between the ellipses', () => {
    expect(makeSnippet('short text', [[0, 5]])).toEqual({ text: 'short text', ranges: [[0, 5]] });
    const snippet = makeSnippet(long, matchRanges(long, parseQuery('special rapporteur ').clauses, 'body'));
    expect(snippet.text.length).toBeLessThanOrEqual(182);
    expect(long).toContain(snippet.text.replace(/^…|…$/g, ''));
    expect(snippet.ranges.map(([from, to]) => snippet.text.slice(from, to))).toEqual([
      'special',
      'special',
      'rapporteur',
    ]);
  });

  it('shows the stretch with the most different matched words', () => {
    const text = `The procedures began. ${'Filler sentence here. '.repeat(12)}The special rapporteur and the procedures.`;
    const snippet = makeSnippet(text, matchRanges(text, parseQuery('procedures rapporteur ').clauses, 'body'));
    expect(snippet.ranges.map(([from, to]) => snippet.text.slice(from, to))).toEqual(['rapporteur', 'procedures']);
  });
});
