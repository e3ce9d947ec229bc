import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, parseQuery, type PhraseClause, type TermClause } from '../../../../src/main/search/query-parser';
import { normalizeTerm } from '../../../../src/main/text/text-analysis';

const terms = (query: string) => parseQuery(query).clauses as TermClause[];

describe('the query parser', () => {
  it('reads plain words as plain, stemmed, folded clauses; the last one is completed while typing', () => {
    const [human, rights] = terms('Human RIGHTS');
    expect(human).toMatchObject({
      kind: 'term',
      term: normalizeTerm('human'),
      display: 'human',
      plain: true,
      presence: 'optional',
      completion: false,
    });
    expect(rights).toMatchObject({ term: normalizeTerm('rights'), display: 'rights', completion: true });
    expect(terms('Human RIGHTS ')[1]!.completion).toBe(false); // a trailing space ends the word
  });

  it('marks stop words so the strategy can weigh them lightly', () => {
    expect(terms('all the UPR').map((clause) => clause.stopWord)).toEqual([true, true, false]);
  });

  it('reads +required and -excluded words', () => {
    expect(terms('+UPR -Western').map((clause) => [clause.display, clause.presence, clause.plain])).toEqual([
      ['upr', 'required', false],
      ['western', 'excluded', false],
    ]);
  });

  it('reads quoted phrases, straight or curly, with an unclosed quote running to the end', () => {
    for (const query of [
      '"special rapporteur"',
      '“special rapporteur”',
      '„special rapporteur“',
      '"special rapporteur',
    ]) {
      const [phrase] = parseQuery(query).clauses as PhraseClause[];
      expect(phrase).toMatchObject({
        kind: 'phrase',
        terms: [normalizeTerm('special'), normalizeTerm('rapporteur')],
        presence: 'required',
      });
    }
    expect(parseQuery('-"special rapporteur"').clauses[0]!.presence).toBe('excluded');
  });

  it('reads prefix and fuzzy operators, capping the edit distance at 2', () => {
    expect(terms('rights*')[0]).toMatchObject({ prefix: true, display: 'rights', plain: false });
    expect(terms('belief~')[0]).toMatchObject({ editDistance: 1, display: 'belief' });
    expect(terms('belief~2')[0]!.editDistance).toBe(2);
    expect(terms('belief~9')[0]!.editDistance).toBe(2);
  });

  it('scopes words and phrases to headings with title: or heading:', () => {
    expect(terms('title:treaty')[0]).toMatchObject({ titleOnly: true, display: 'treaty' });
    expect(terms('HEADING:treaty')[0]!.titleOnly).toBe(true);
    expect(parseQuery('title:"treaty bodies"').clauses[0]).toMatchObject({ kind: 'phrase', titleOnly: true });
    // An unknown scope is text: its words, one after the other.
    expect(parseQuery('other:treaty').clauses[0]).toMatchObject({
      kind: 'phrase',
      terms: [normalizeTerm('other'), normalizeTerm('treaty')],
      titleOnly: false,
    });
  });

  it('leaves out a scope with no word after it, and says which', () => {
    expect(parseQuery('title:')).toMatchObject({ clauses: [], emptyScope: 'title' });
    expect(parseQuery('UPR heading:')).toMatchObject({ emptyScope: 'heading' });
    expect(parseQuery('UPR heading:').clauses.length).toBe(1);
  });

  it('reads a hyphenated word, whatever the hyphen, as one joined word; other punctuation inside a word as a phrase', () => {
    for (const query of ['co-operation', 'co\u2010operation', 'co\u2011operation']) {
      expect(terms(query)[0]).toMatchObject({
        kind: 'term',
        display: 'cooperation',
        term: normalizeTerm('cooperation'),
      });
    }
    expect(parseQuery('U.N.').clauses[0]).toMatchObject({ kind: 'phrase', terms: ['u', 'n'] });
  });

  it('treats control characters as spaces and ignores what has no letters', () => {
    expect(terms('UPR\u0000\u200bCEDAW').map((clause) => clause.display)).toEqual(['upr', 'cedaw']);
    expect(parseQuery('😀 * ~ + - " :').clauses).toEqual([]);
  });

  it('keeps at most MAX_CLAUSES clauses and says it dropped the rest', () => {
    const long = parseQuery(Array.from({ length: MAX_CLAUSES + 5 }, (_, i) => `word${i}`).join(' '));
    expect(long.clauses.length).toBe(MAX_CLAUSES);
    expect(long.truncated).toBe(true);
    expect(parseQuery('a b').truncated).toBe(false);
  });

  it('completes the last word while it is typed: plain, after + or -, and inside a phrase whose quote is open', () => {
    const last = (query: string) => parseQuery(query).clauses.at(-1);
    expect(last('rapp')).toMatchObject({ kind: 'term', completion: true });
    expect(last('+UP')).toMatchObject({ kind: 'term', presence: 'required', completion: true });
    expect(last('-Wes')).toMatchObject({ kind: 'term', presence: 'excluded', completion: true });
    expect(last('"sp')).toMatchObject({ kind: 'term', presence: 'required', completion: true });
    expect(last('"special rapp')).toMatchObject({ kind: 'phrase', completion: true });
    // A finished word is not completed: after a space, or a closing quote.
    expect(last('rapp ')).toMatchObject({ completion: false });
    expect(last('"special rapp"')).not.toMatchObject({ completion: true });
    expect(last('"sp"')).toMatchObject({ completion: false });
    expect(last('rapp*')).toMatchObject({ prefix: true, completion: false });
  });

  it('keeps a hyphenated word’s parts, so the search also finds them written apart', () => {
    expect(parseQuery('human-rights').clauses[0]).toMatchObject({
      kind: 'term',
      display: 'humanrights',
      hyphenParts: { kind: 'phrase', words: ['human', 'rights'] },
    });
  });
});
