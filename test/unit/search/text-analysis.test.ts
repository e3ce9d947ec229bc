import { describe, expect, it } from 'vitest';
import { foldWord, normalizeTerm, tokenize } from '../../../src/main/services/text-analysis';

const words = (text: string) => tokenize(text).filter((token) => !token.compound);

describe('the one tokenizer', () => {
  it('folds case, diacritics and compatibility forms', () => {
    expect(foldWord('ÉCONOMIE')).toBe('economie');
    expect(foldWord('Zürich')).toBe('zurich');
    expect(foldWord('ﬁnance')).toBe('finance'); // U+FB01 ligature
    expect(foldWord('２０１８')).toBe('2018'); // full-width digits
  });

  it('drops a possessive written with a straight or a curly apostrophe', () => {
    expect(foldWord('Council’s')).toBe('council');
    expect(foldWord("Council's")).toBe('council');
    expect(foldWord('states’')).toBe('states');
    expect(normalizeTerm('Council’s')).toBe(normalizeTerm('council'));
    expect(normalizeTerm('states’')).toBe(normalizeTerm('state'));
  });

  it('keeps an apostrophe-joined word whole and reports where each word stands', () => {
    const text = 'the Council’s mechanisms';
    const tokens = words(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['the', 'Council’s', 'mechanisms']);
    expect(tokens.map((token) => token.position)).toEqual([0, 1, 2]);
  });

  it('indexes a hyphenated pair as its parts and as one joined word, for every Unicode hyphen', () => {
    for (const hyphen of ['-', '\u2010', '\u2011']) {
      const text = `technical co${hyphen}operation`;
      const tokens = tokenize(text);
      expect(tokens.map((token) => token.folded)).toEqual(['technical', 'co', 'cooperation', 'operation']);
      const joined = tokens.find((token) => token.compound)!;
      expect(text.slice(joined.start, joined.end)).toBe(`co${hyphen}operation`);
      expect(joined.term).toBe(normalizeTerm('cooperation'));
      // The joined form stands where its first part stands; the parts keep their own positions.
      expect(joined.position).toBe(1);
      expect(words(text).map((token) => token.position)).toEqual([0, 1, 2]);
    }
  });

  it('does not join words across an en dash, a space or two hyphens', () => {
    expect(tokenize('2015–2020').some((token) => token.compound)).toBe(false);
    expect(tokenize('co - operation').some((token) => token.compound)).toBe(false);
    expect(tokenize('co--operation').some((token) => token.compound)).toBe(false);
  });

  it('stems English words and keeps stop words, numbers and acronyms', () => {
    expect(normalizeTerm('rights')).toBe(normalizeTerm('right'));
    expect(normalizeTerm('recommendations')).toBe(normalizeTerm('recommendation'));
    expect(words('all of the 266 UPR recommendations in 2018').map((token) => token.folded)).toEqual([
      'all', 'of', 'the', '266', 'upr', 'recommendations', 'in', '2018',
    ]);
  });

  it('reads letters of any script, and nothing from emoji or punctuation', () => {
    expect(words('права человека').map((token) => token.folded)).toEqual(['права', 'человека']);
    expect(words('حقوق الإنسان').length).toBe(2);
    expect(tokenize('😀 👍🏽 … — “ ” *')).toEqual([]);
  });
});
