/**
 * Which writing systems a text uses: so a search typed in a script
 * that no document searched is written in can say which languages those documents are in,
 * rather than only "no passage matches".
 */

/** Scripts told apart, each with the Unicode property that recognises its letters. */
const SCRIPTS: readonly [name: string, letter: RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
];

/** The scripts of the letters of `text` (by the names above; letters of other scripts are not told apart). */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const character of text.replace(/[^\p{L}]/gu, '')) {
    const script = SCRIPTS.find(([, letter]) => letter.test(character));
    if (script) found.add(script[0]);
  }
  return found;
}

/** A list in English: `English`, `English and French`, `English, French and Russian`. */
export function listInEnglish(names: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}
