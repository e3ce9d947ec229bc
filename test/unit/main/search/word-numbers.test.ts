/**
 * `IndexEvaluator.wordNumbers`, what the proximity boost reads: for every paragraph of the bundled
 * statement, each term's word numbers in the passage text and in the section heading are the ones
 * the analyzer's tokenizer gives the text (the numbering the index was built with), and a term the
 * paragraph lacks has none. The tokenizer, run again on the text, is the reference here.
 */
import { describe, expect, it } from 'vitest';
import { indexedParagraphs } from '../../../../src/main/corpus/paragraph-ordinals';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { IndexEvaluator } from '../../../../src/main/search/index-evaluator';
import { analyzerFor, WORD_NUMBER_METADATA } from '../../../../src/main/text/text-analysis';
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
