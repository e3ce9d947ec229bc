/**
 * `IndexEvaluator.wordNumbers`, what phrases read: for every paragraph of the bundled
 * statement, each term's word numbers in the passage text and in the section heading are the ones
 * the analyzer's tokenizer gives the text (the numbering the index was built with), and a term the
 * paragraph lacks has none. The tokenizer, run again on the text, is the reference here.
 */
import { describe, expect, it } from 'vitest';
import { indexedParagraphs } from '../../../../src/main/corpus/paragraph-ordinals';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { IndexEvaluator } from '../../../../src/main/search/index-evaluator';
import { analyzerFor, WORD_NUMBER_METADATA } from '../../../../src/main/text/text-analysis';
import { seededRandom } from '../../../../scripts/bench/generate-library';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';

/** Each term of a text with its word numbers, as the tokenizer numbers them. */
function numbered(text: string, language: string): Map<string, number[]> {
  const terms = new Map<string, number[]>();
  for (const token of analyzerFor(language).lunrTokenizer(text)) {
    // @types/lunr does not declare a token's metadata (where the tokenizer puts the word number).
    const { metadata } = token as unknown as { metadata: Record<string, number> };
    const number = metadata[WORD_NUMBER_METADATA]!;
    terms.set(token.toString(), [...(terms.get(token.toString()) ?? []), number]);
  }
  return terms;
}

describe('IndexEvaluator.wordNumbers', () => {
  const { opening } = loadCorpus(CORPUS_DIR);
  const paragraphs = indexedParagraphs([opening.document]);
  const evaluator = new IndexEvaluator(opening.index);

  it('gives each term’s word numbers in a paragraph’s text and heading, as the tokenizer does', () => {
    expect(opening.document.id).toBe(STATEMENT_ID);
    let checked = 0;
    paragraphs.forEach(({ section, paragraph }, ordinal) => {
      const body = [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n');
      const title = section.editorialTitle ? '' : section.title;
      for (const [field, text] of [
        ['body', body],
        ['title', title],
      ] as const) {
        for (const [term, numbers] of numbered(text, opening.document.language)) {
          expect(evaluator.wordNumbers(term, field, ordinal), `${term} in ${field} of ${ordinal}`).toEqual(numbers);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(900);
  });

  it('gives no numbers for a term the paragraph or the index lacks', () => {
    const last = paragraphs.length - 1;
    expect(evaluator.wordNumbers('belaru', 'body', 0).length).toBeGreaterThan(0);
    expect(evaluator.wordNumbers('tortur', 'body', 0)).toEqual([]);
    expect(evaluator.wordNumbers('nosuchterm', 'body', 0)).toEqual([]);
    expect(evaluator.wordNumbers('belaru', 'nosuchfield', 0)).toEqual([]);
    expect(evaluator.wordNumbers('belaru', 'body', last + 1)).toEqual([]);
    // The opening statement's heading is editorial: indexed empty.
    expect(evaluator.wordNumbers('open', 'title', 0)).toEqual([]);
  });
});

/**
 * `wordNumbersOfAny` (what the proximity boost and phrases read) and `holds` (what heading matches
 * read): the same as `wordNumbers`, one term at a time.
 */
describe('IndexEvaluator.wordNumbersOfAny and holds', () => {
  const { opening } = loadCorpus(CORPUS_DIR);
  const paragraphs = indexedParagraphs([opening.document]).length;
  const evaluator = new IndexEvaluator(opening.index);
  const terms = opening.index.terms;

  it('read for some terms together what wordNumbers gives each of them, merged (random term sets)', () => {
    const random = seededRandom(5);
    let nonEmpty = 0;
    for (let run = 0; run < 60; run++) {
      // One term, a few, or a prefix's hundreds; now and then one the index lacks.
      const start = Math.floor(random() * terms.length);
      const count = [1, 2, 5, 300][Math.floor(random() * 4)]!;
      const chosen = [...terms.slice(start, start + count), ...(random() < 0.3 ? ['nosuchterm'] : [])];
      const field = random() < 0.8 ? 'body' : 'title';
      const read = evaluator.wordNumbersOfAny(chosen, field);
      for (let ordinal = -1; ordinal <= paragraphs; ordinal++) {
        const expected = chosen.flatMap((term) => evaluator.wordNumbers(term, field, ordinal)).sort((a, b) => a - b);
        expect(read(ordinal), `${chosen.length} terms from ${chosen[0]} in ${field} of ${ordinal}`).toEqual(expected);
        if (expected.length > 0) nonEmpty++;
        const term = chosen[0]!;
        expect(evaluator.holds(term, field, ordinal)).toBe(evaluator.wordNumbers(term, field, ordinal).length > 0);
      }
    }
    expect(nonEmpty).toBeGreaterThan(300);
  });
});
