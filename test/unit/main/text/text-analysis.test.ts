import { describe, expect, it } from 'vitest';
import { foldWord, normalizeTerm, tokenize } from '../../../../src/main/text/text-analysis';

describe('text analysis (shared by index build and query)', () => {
  it('folds curly and straight possessives to the same term', () => {
    expect(foldWord('Council’s')).toBe('council');
    expect(foldWord("Council's")).toBe('council');
    expect(foldWord('states’')).toBe('states');
    expect(normalizeTerm('states’')).toBe(normalizeTerm('states'));
  });

  it('folds case and diacritics', () => {
    expect(foldWord('Émigré')).toBe('emigre');
    expect(normalizeTerm('RIGHTS')).toBe(normalizeTerm('rights'));
  });

  it('keeps numbers and acronyms as terms', () => {
    expect(tokenize('CEDAW in 2018, 266 recommendations (UPR)').map((token) => token.term)).toEqual([
      'cedaw',
      'in',
      '2018',
      '266',
      'recommend',
      'upr',
    ]);
  });

  it('splits words at every Unicode hyphen and dash the same way as at the ASCII hyphen', () => {
    for (const hyphen of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']) {
      expect(tokenize(`co${hyphen}operation`).map((token) => token.folded)).toEqual(['co', 'operation']);
    }
  });

  it('reports positions in the original text, so highlights land on the right characters', () => {
    const text = 'the Human Rights Council’s mechanisms';
    for (const token of tokenize(text)) {
      expect(foldWord(text.slice(token.start, token.end))).toBe(token.folded);
    }
  });

  it('keeps stop words, so a reader typing "all" is not silently ignored', () => {
    expect(tokenize('All human rights').map((token) => token.term)).toContain('all');
  });

  it('treats emoji, control characters and right-to-left punctuation as separators', () => {
    expect(tokenize('😀\u0000foo\u200fbar').map((token) => token.folded)).toEqual(['foo', 'bar']);
  });
});

describe('text analysis, beyond the statement', () => {
  it('folds compatibility forms: ligatures and full-width digits', () => {
    expect(foldWord('ÉCONOMIE')).toBe('economie');
    expect(foldWord('ﬁnance')).toBe('finance'); // U+FB01 ligature
    expect(foldWord('２０１８')).toBe('2018'); // full-width digits
  });

  it('keeps an apostrophe-joined word whole, with its place in the original text', () => {
    const text = 'the Council’s mechanisms';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual([
      'the',
      'Council’s',
      'mechanisms',
    ]);
    expect(normalizeTerm('Council’s')).toBe(normalizeTerm('council'));
  });

  it('stems English words and keeps stop words, numbers and acronyms', () => {
    expect(normalizeTerm('recommendations')).toBe(normalizeTerm('recommendation'));
    expect(tokenize('all of the 266 UPR recommendations in 2018').map((token) => token.folded)).toEqual([
      'all',
      'of',
      'the',
      '266',
      'upr',
      'recommendations',
      'in',
      '2018',
    ]);
  });

  it('reads letters of any script, and nothing from emoji or punctuation', () => {
    expect(tokenize('права человека').map((token) => token.folded)).toEqual(['права', 'человека']);
    expect(tokenize('حقوق الإنسان').length).toBe(2);
    expect(tokenize('😀 👍🏽 … — “ ” *')).toEqual([]);
  });
});
