import { describe, expect, it } from 'vitest';
import { analyzerFor, ENGLISH } from '../../../../src/main/text/text-analysis';

const folded = (language: string, text: string) =>
  analyzerFor(language)
    .tokenize(text)
    .map((token) => token.folded);
const term = (language: string, word: string) => analyzerFor(language).normalizeTerm(word);

describe('word boundaries', () => {
  it('cuts Chinese, Japanese and Thai into words (Intl.Segmenter), with places in the original text', () => {
    const text = '人人都有受教育的权利。';
    const tokens = analyzerFor('zh').tokenize(text);
    expect(tokens.map((token) => token.folded)).toEqual(['人人', '都有', '受', '教育', '的', '权利']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.folded);
    expect(folded('ja', '全ての人間は、生まれながらにして自由')).toContain('自由');
    expect(folded('th', 'ทุกคนมีสิทธิในการศึกษา')).toEqual(['ทุก', 'คน', 'มี', 'สิทธิ', 'ใน', 'การ', 'ศึกษา']);
  });

  it('splits French, Italian and Catalan elisions, so that homme finds l’homme', () => {
    const text = 'droits de l’homme et qu’il';
    const tokens = analyzerFor('fr').tokenize(text);
    expect(tokens.map((token) => token.folded)).toEqual(['droits', 'de', 'l', 'homme', 'et', 'qu', 'il']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toContain('homme');
    expect(folded('it', "dell'uomo")).toEqual(['dell', 'uomo']);
    expect(folded('ca', 'l’home')).toEqual(['l', 'home']);
  });

  it('keeps an apostrophe inside a word where it is a letter (Belarusian, Ukrainian) or a possessive (English)', () => {
    expect(folded('be', 'сям’і')).toEqual(['сямі']);
    expect(folded('uk', "сім'я")).toEqual(['сімя']);
    expect(folded('en', 'the Council’s')).toEqual(['the', 'council']);
    expect(folded('fr', 'aujourd’hui')).toEqual(['aujourdhui']);
  });
});

describe('folding, per script', () => {
  it('folds Latin diacritics: egalite is égalité', () => {
    expect(term('fr', 'égalité')).toBe(term('fr', 'egalite'));
    expect(term('es', 'expresión')).toBe(term('es', 'expresion'));
  });

  it('keeps Vietnamese tones and Devanagari vowel signs, which tell words apart', () => {
    expect(analyzerFor('vi').foldWord('người')).not.toBe(analyzerFor('vi').foldWord('ngươi'));
    expect(analyzerFor('vi').foldWord('Người')).toBe('người');
    const hindi = ['की', 'का', 'के', 'को'].map(analyzerFor('hi').foldWord);
    expect(new Set(hindi).size).toBe(4);
  });

  it('keeps й and ў, folds ё to е and drops stress marks', () => {
    const ru = analyzerFor('ru');
    expect(ru.foldWord('Край')).toBe('край');
    expect(ru.foldWord('ЁЛКА')).toBe('елка');
    expect(ru.foldWord('приве́т')).toBe('привет');
    expect(analyzerFor('be').foldWord('свабоду')).toBe('свабоду');
    expect(analyzerFor('be').foldWord('ўсе')).toBe('ўсе');
    expect(analyzerFor('uk').foldWord('її')).toBe('її');
  });

  it('drops Arabic short vowels and tatweel, keeps hamza', () => {
    const ar = analyzerFor('ar');
    expect(ar.foldWord('حُرِّيَّة')).toBe('حرية');
    expect(ar.foldWord('حـــرية')).toBe('حرية');
    expect(ar.foldWord('الإنسان')).toBe('الإنسان');
  });

  it('drops Hebrew points and Greek accents', () => {
    expect(analyzerFor('he').foldWord('שָׁלוֹם')).toBe('שלום');
    expect(analyzerFor('el').foldWord('Ελευθερία')).toBe('ελευθερια');
  });
});

describe('stemmers and stop words, per language', () => {
  it('stems Russian, French, Spanish, Arabic and German with lunr-languages', () => {
    expect(term('ru', 'правом')).toBe(term('ru', 'права'));
    expect(term('ru', 'свободы')).toBe(term('ru', 'свобода'));
    expect(term('fr', 'libertés')).toBe(term('fr', 'liberté'));
    expect(term('es', 'derechos')).toBe(term('es', 'derecho'));
    expect(term('ar', 'الحقوق')).toBe(term('ar', 'حقوق'));
    expect(term('de', 'Rechte')).toBe(term('de', 'Recht'));
    for (const language of ['ru', 'fr', 'es', 'ar', 'de']) expect(analyzerFor(language).stemmer).toBe(language);
  });

  it('has no stemmer for Belarusian or Chinese: words match as written', () => {
    expect(analyzerFor('be').stemmer).toBeNull();
    expect(analyzerFor('zh').stemmer).toBeNull();
    expect(term('be', 'правы')).toBe('правы');
    expect(term('be', 'правам')).not.toBe(term('be', 'правы'));
  });

  it('keeps English as it was: Porter stemming, English stop words', () => {
    expect(analyzerFor('en-GB')).toBe(ENGLISH);
    expect(ENGLISH.stemmer).toBe('en');
    expect(term('en', 'recommendations')).toBe('recommend');
    expect(ENGLISH.isStopWord('the')).toBe(true);
  });

  it('applies each language its own stop words, and none to a language without a list', () => {
    expect(analyzerFor('ru').isStopWord('и')).toBe(true);
    expect(ENGLISH.isStopWord('и')).toBe(false);
    expect(analyzerFor('ru').isStopWord('the')).toBe(false);
    expect(analyzerFor('be').isStopWord('і')).toBe(false);
  });
});
