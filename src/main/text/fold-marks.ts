/**
 * Which combining marks a search folds away, decided by the script of the letter a mark sits on
 * (never globally: in many scripts a mark is a letter of its own). Input is NFKD-decomposed text.
 *   - Latin: every diacritic goes (`égalité` = `egalite`), except where the language says its
 *     marks are letters (Vietnamese tones);
 *   - Greek: accents and diaeresis go;
 *   - Cyrillic: stress accents go and `ё` becomes `е`; every other mark stays (`й`, `ў`, `ї`);
 *   - Arabic: the short vowels and other harakat go, hamza and madda stay (`أ` is a letter);
 *     tatweel (a stretching stroke, not a mark) goes too;
 *   - Hebrew: vowel points and cantillation go;
 *   - every other script keeps its marks (Devanagari vowel signs, Thai tone marks…).
 */

const MARK = /\p{M}/u;
const ANY_FOLDABLE = /[\p{M}\u0640]/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const TATWEEL = '\u0640';
const CYRILLIC_STRESS = new Set(['\u0300', '\u0301']);
const DIAERESIS = '\u0308';

/** True for the Arabic marks a search ignores: harakat, superscript alef, Quranic annotation signs. */
function isArabicVowelMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x0652) ||
    (code >= 0x0656 && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

function dropsMark(mark: string, base: string, keepLatinMarks: boolean): boolean {
  if (base === '') return false;
  if (LATIN.test(base)) return !keepLatinMarks;
  if (GREEK.test(base)) return true;
  if (CYRILLIC.test(base)) return CYRILLIC_STRESS.has(mark) || (mark === DIAERESIS && (base === 'е' || base === 'Е'));
  if (ARABIC.test(base)) return isArabicVowelMark(mark.codePointAt(0)!);
  if (HEBREW.test(base)) return mark.codePointAt(0)! >= 0x0591 && mark.codePointAt(0)! <= 0x05c7;
  return false;
}

/** Removes from NFKD text the marks its scripts do not distinguish words by (see the module comment). */
export function foldMarks(decomposed: string, keepLatinMarks: boolean): string {
  if (!ANY_FOLDABLE.test(decomposed)) return decomposed;
  let folded = '';
  let base = '';
  for (const char of decomposed) {
    if (char === TATWEEL) continue;
    if (MARK.test(char)) {
      if (!dropsMark(char, base, keepLatinMarks)) folded += char;
      continue;
    }
    base = char;
    folded += char;
  }
  return folded;
}
