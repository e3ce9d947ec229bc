import { describe, expect, it } from 'vitest';
import { foldWord, normalizeTerm, tokenize } from '../../../src/main/services/text-analysis';

describe('the one tokenizer, beyond the statement', () => {
  it('folds compatibility forms: ligatures and full-width digits', () => {
    expect(foldWord('ÉCONOMIE')).toBe('economie');
    expect(foldWord('ﬁnance')).toBe('finance'); // U+FB01 ligature
    expect(foldWord('２０１８')).toBe('2018'); // full-width digits
  });

  it('keeps an apostrophe-joined word whole, with its place in the original text', () => {
    const text = 'the Council’s mechanisms';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(['the', 'Council’s', 'mechanisms']);
    expect(normalizeTerm('Council’s')).toBe(normalizeTerm('council'));
  });

  it('stems English words and keeps stop words, numbers and acronyms', () => {
    expect(normalizeTerm('recommendations')).toBe(normalizeTerm('recommendation'));
    expect(tokenize('all of the 266 UPR recommendations in 2018').map((token) => token.folded)).toEqual([
      'all', 'of', 'the', '266', 'upr', 'recommendations', 'in', '2018',
    ]);
  });

  it('reads letters of any script, and nothing from emoji or punctuation', () => {
    expect(tokenize('права человека').map((token) => token.folded)).toEqual(['права', 'человека']);
    expect(tokenize('حقوق الإنسان').length).toBe(2);
    expect(tokenize('😀 👍🏽 … — “ ” *')).toEqual([]);
  });
});
