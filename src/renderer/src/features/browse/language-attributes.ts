import { textDirection } from '../../../../shared/language-script';

/** The `lang` and `dir` of text in a language, so screen readers, fonts and the direction follow it. */
export function languageAttributes(language: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: language, dir: textDirection(language) };
}

/**
 * The `lang` and `dir` of the reader's own words (labels, numbers, buttons: English) inside text in
 * `language`; none when the text is English too.
 */
export function readerWordsIn(language: string): { lang?: 'en'; dir?: 'ltr' } {
  return /^en(-|$)/i.test(language) ? {} : { lang: 'en', dir: 'ltr' };
}
