/**
 * What a language tag says about how its text is written: its script and its direction. From the
 * tag alone (`Intl.Locale#maximize` fills in the likely script: `ar` → `Arab`, `zh` → `Hans`), so
 * the same answer is available in main, in the print document and in the renderer. Pure.
 */

/** Scripts written right to left (ISO 15924 codes). */
const RIGHT_TO_LEFT = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Chrs',
  'Cprt',
  'Elym',
  'Hatr',
  'Hebr',
  'Hung',
  'Khar',
  'Lydi',
  'Mand',
  'Mani',
  'Mend',
  'Narb',
  'Nbat',
  'Nkoo',
  'Orkh',
  'Ougr',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Sogd',
  'Sogo',
  'Syrc',
  'Thaa',
  'Yezi',
]);

const scripts = new Map<string, string | null>();

/** The script a language is written in (ISO 15924: `Latn`, `Cyrl`, `Arab`, `Hans`…), or null when the tag does not say. */
export function languageScript(languageTag: string): string | null {
  let script = scripts.get(languageTag);
  if (script === undefined) {
    try {
      script = new Intl.Locale(languageTag).maximize().script ?? null;
    } catch {
      script = null;
    }
    scripts.set(languageTag, script);
  }
  return script;
}

/** The direction a language's text runs in, for `dir` attributes: `rtl` for Arabic, Hebrew, Syriac, Thaana… */
export function textDirection(languageTag: string): 'ltr' | 'rtl' {
  const script = languageScript(languageTag);
  return script !== null && RIGHT_TO_LEFT.has(script) ? 'rtl' : 'ltr';
}

/** Unicode scripts of the ISO 15924 codes that name several (Chinese, Japanese and Korean writing). */
const COMPOSITE_SCRIPTS: Readonly<Record<string, string[]>> = {
  Hans: ['Han'],
  Hant: ['Han'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
  Kore: ['Hangul', 'Han'],
};
const scriptPatterns = new Map<string, RegExp | null>();

/** A pattern matching one letter of a script (ISO 15924 code), or null when JavaScript does not know the script. */
export function scriptLetter(script: string): RegExp | null {
  let pattern = scriptPatterns.get(script);
  if (pattern === undefined) {
    const names = COMPOSITE_SCRIPTS[script] ?? [script];
    try {
      pattern = new RegExp(`[${names.map((name) => `\\p{Script=${name}}`).join('')}]`, 'u');
    } catch {
      pattern = null;
    }
    scriptPatterns.set(script, pattern);
  }
  return pattern;
}

/** A language's name in English from its BCP 47 tag (`ru` → Russian); the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
