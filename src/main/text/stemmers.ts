/**
 * The stemmer and stop words of a language: Lunr's own (Porter) for English, `lunr-languages` for
 * the languages it has a real stemmer for, none for the others (Belarusian, Chinese, Hindi…: the
 * words are then matched as written, folded). A `lunr-languages` module is loaded the first time
 * its language is analysed, so a reader of the English statement never pays for the others.
 */
import { createRequire } from 'node:module';
import lunr from 'lunr';

/** A language's word stemmer and stop-word test, over folded lower-case words. */
export interface LanguageRules {
  /** The `lunr-languages` code of the stemmer, `en` for Lunr's own, or null when there is none. */
  stemmerCode: string | null;
  stem: (folded: string) => string;
  isStopWord: (folded: string) => boolean;
}

/** Primary language subtag → `lunr-languages` code, for the languages it has a real stemmer for. */
const LUNR_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'ar',
  da: 'da',
  de: 'de',
  el: 'el',
  es: 'es',
  fi: 'fi',
  fr: 'fr',
  hu: 'hu',
  it: 'it',
  nl: 'nl',
  no: 'no',
  nb: 'no',
  nn: 'no',
  pl: 'pl',
  pt: 'pt',
  ro: 'ro',
  ru: 'ru',
  sv: 'sv',
  tr: 'tr',
};

type PipelineFunction = (token: lunr.Token) => lunr.Token | undefined;
type LunrPlugin = (host: typeof lunr) => void;
interface LunrLanguage {
  stemmer: PipelineFunction;
  stopWordFilter: PipelineFunction;
}

const requireModule = createRequire(__filename);
let supportLoaded = false;

/** Registers a `lunr-languages` language with Lunr (once) and returns its pipeline functions. */
function loadLunrLanguage(code: string): LunrLanguage {
  const host = lunr as unknown as Record<string, LunrLanguage | undefined>;
  const loaded = host[code];
  if (loaded) return loaded;
  if (!supportLoaded) {
    (requireModule('lunr-languages/lunr.stemmer.support') as LunrPlugin)(lunr);
    supportLoaded = true;
  }
  (requireModule(`lunr-languages/lunr.${code}`) as LunrPlugin)(lunr);
  return host[code]!;
}

function applies(fn: PipelineFunction): (word: string) => string | undefined {
  return (word) => fn(new lunr.Token(word, {}))?.toString();
}

const NONE: LanguageRules = { stemmerCode: null, stem: (folded) => folded, isStopWord: () => false };
const ENGLISH: LanguageRules = {
  stemmerCode: 'en',
  stem: (folded) => applies(lunr.stemmer)(folded) ?? folded,
  isStopWord: (folded) => applies(lunr.stopWordFilter)(folded) === undefined,
};

/** The rules for a primary language subtag (`ru`, `en`, `be`…). */
export function languageRules(primary: string): LanguageRules {
  if (primary === 'en') return ENGLISH;
  const code = LUNR_LANGUAGES[primary];
  if (!code) return NONE;
  const language = loadLunrLanguage(code);
  const stem = applies(language.stemmer);
  const stopWord = applies(language.stopWordFilter);
  return { stemmerCode: code, stem: (folded) => stem(folded) || folded, isStopWord: (folded) => !stopWord(folded) };
}
