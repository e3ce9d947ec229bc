/**
 * The trie walk finds exactly the words a scan of the whole vocabulary with `withinEditDistance`
 * finds (the check it replaced), in the same order, for random vocabularies and typed words, at
 * distances 1 and 2, whole words and starts of words; and it looks at far fewer words than a scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinEditDistance } from '../../../../src/main/search/match-ranges';
import { nearbyWords } from '../../../../src/main/search/nearby-words';
import { SearchBudget } from '../../../../src/main/search/search-budget';
import { fuzzRuns } from '../../../support/fuzz-runs';

/** What the linear scan answered: indexes of the words `accept` takes, in list order. */
function scan(words: readonly string[], accept: (word: string) => boolean, limit = Infinity): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length && found.length < limit; i++) if (accept(words[i]!)) found.push(i);
  return found;
}

/** The old check for a word still being typed: a start of it one letter shorter, as long or longer is near. */
const startIsNear = (word: string, typed: string, edits: number) =>
  [typed.length - 1, typed.length, typed.length + 1].some((length) =>
    withinEditDistance(word.slice(0, length), typed, edits),
  );

// Few letters, so that random words are often near each other; one outside the BMP and one accented.
const letter = fc.constantFrom('a', 'b', 'c', 'd', 'é', '𝒜');
const word = fc.array(letter, { minLength: 0, maxLength: 7 }).map((letters) => letters.join(''));
const vocabulary = fc.uniqueArray(word, { maxLength: 60 }).map((words) => words.sort());

describe('nearby words (trie walk)', () => {
  it('finds what a scan with the edit-distance check finds, for whole words at distances 0, 1 and 2', () => {
    fc.assert(
      fc.property(
        vocabulary,
        word,
        fc.constantFrom(0, 1, 2),
        fc.integer({ min: 1, max: 70 }),
        (words, typed, edits, limit) => {
          expect(nearbyWords(words, typed, edits)).toEqual(scan(words, (w) => withinEditDistance(w, typed, edits)));
          expect(nearbyWords(words, typed, edits, { limit, except: typed })).toEqual(
            scan(words, (w) => w !== typed && withinEditDistance(w, typed, edits), limit),
          );
        },
      ),
      { numRuns: fuzzRuns(3_000), seed: 14 },
    );
  });

  it('finds what the scan finds for a word still being typed (starts of words, one edit)', () => {
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 1, max: 70 }), (words, typed, limit) => {
        expect(nearbyWords(words, typed, 1, { starts: true, except: typed, limit })).toEqual(
          scan(words, (w) => w !== typed && startIsNear(w, typed, 1), limit),
        );
      }),
      { numRuns: fuzzRuns(3_000), seed: 15 },
    );
  });

  it('on a large vocabulary, agrees with the scan and stops early when the budget is spent', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const made = new Set<string>();
    while (made.size < 20_000)
      made.add(
        Array.from(
          { length: 3 + Math.floor(random() * 8) },
          () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)],
        ).join(''),
      );
    const words = [...made].sort();
    for (const typed of ['freedom', 'hum', 'qwzx', words[1234]!, words[777]!.slice(0, 4)]) {
      for (const edits of [1, 2])
        expect(nearbyWords(words, typed, edits)).toEqual(scan(words, (w) => withinEditDistance(w, typed, edits)));
      expect(nearbyWords(words, typed, 1, { starts: true })).toEqual(scan(words, (w) => startIsNear(w, typed, 1)));
    }
    // A clock that is past the deadline at its second reading: the walk gives up after its first few hundred nodes.
    let now = 0;
    const budget = new SearchBudget(1, () => now++);
    expect(nearbyWords(words, 'a', 2, { budget }).length).toBeLessThan(nearbyWords(words, 'a', 2).length);
    expect(budget.cut).toBe(true);
  });
});
