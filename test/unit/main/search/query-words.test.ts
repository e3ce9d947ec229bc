/**
 * The query's words as the ranking measures them (query-words.ts), from queries parsed by the real
 * parser: in the order typed, phrases word by word, a hyphenated word as its parts (counted once),
 * excluded and `title:` words left out, stop words marked.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryClause, type TermClause } from '../../../../src/main/search/query-parser';
import { contentWords, queryWords } from '../../../../src/main/search/query-words';
import { ENGLISH } from '../../../../src/main/text/text-analysis';

const stemsOf = (clause: TermClause) => clause.alternatives ?? [clause.term];
const words = (clauses: QueryClause[]) => queryWords(clauses, stemsOf, ENGLISH.isStopWord);
const parsed = (query: string) => parseQuery(query, ENGLISH).clauses;

describe('queryWords', () => {
  it('lists the words in the order typed, a phrase word by word, stop words marked', () => {
    expect(words(parsed('council "special procedures" of '))).toEqual([
      { stems: ['council'], stopWord: false },
      { stems: ['special'], stopWord: false },
      { stems: ['procedur'], stopWord: false },
      { stems: ['of'], stopWord: true },
    ]);
  });

  it('leaves out excluded words and `title:` words', () => {
    expect(words(parsed('treaty -council title:bodies '))).toEqual([{ stems: ['treati'], stopWord: false }]);
  });

  it('takes a hyphenated word as its parts, once, where it was typed (the search appends its parts as a phrase)', () => {
    const clauses = parsed('result-oriented cooperation ');
    const hyphenated = clauses[0] as TermClause;
    const asRun = [...clauses, { ...hyphenated.hyphenParts!, presence: 'required' as const }];
    expect(words(asRun).map((word) => word.stems)).toEqual([['result'], ['orient'], ['cooper']]);
  });

  it('takes the stems a word stands for (a correction, a prefix) from the search', () => {
    const [clause] = parsed('visitt ') as TermClause[];
    expect(words([{ ...clause!, alternatives: ['visit', 'visa'] }])).toEqual([
      { stems: ['visit', 'visa'], stopWord: false },
    ]);
  });
});

describe('contentWords', () => {
  it('drops stop words, unless they are all there is', () => {
    expect(contentWords(words(parsed('rights of the child '))).map((word) => word.stems)).toEqual([
      ['right'],
      ['child'],
    ]);
    expect(contentWords(words(parsed('to be '))).map((word) => word.stems)).toEqual([['to'], ['be']]);
  });
});
