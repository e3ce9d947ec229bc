import { describe, expect, it } from 'vitest';
import { foldWord, normalizeTerm, tokenize } from '../../src/main/services/text-analysis';

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
    expect(tokenize('CEDAW in 2018, 266 recommendations (UPR)').map((token) => token.term)).toEqual(['cedaw', 'in', '2018', '266', 'recommend', 'upr']);
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
