/**
 * The ONE text analysis, shared by the index build (scripts/build-corpus.ts via search-index.ts)
 * and the query side (query-parser.ts, match-ranges.ts, search-service.ts). Building with one rule
 * and querying with another is the classic Lunr bug; keep every text rule here. Each document is
 * analysed with its own language's analyzer (`analyzerFor(document.language)`), and so is a query
 * run against it.
 *
 * Words. A word is a run of letters, digits and combining marks, optionally joined by apostrophes
 * (straight or curly). Runs of scripts written without spaces between words (Chinese, Japanese,
 * Thai, Lao, Khmer, Burmese) are cut into words by `Intl.Segmenter(language, {granularity:
 * 'word'})`. (Why not the segmenter everywhere: on space-separated scripts it gives the same
 * words, except that it keeps `U.N` and `1,000` whole, which would change how the statement is
 * searched; and the regular expression is several times faster on the hot path of highlighting.)
 * Every hyphen (ASCII `-`, U+2010, U+2011, dashes) separates words, so `co‐operation` and
 * `co-operation` are the same two words (a query with a hyphen searches them as a phrase). The
 * joined forms of hyphenated pairs (`resultoriented`) go to a field of their own (`joinedPairs`).
 * In French, Italian, Catalan and Occitan an elided article or pronoun is a word of its own
 * (`l’homme` → `l`, `homme`), so `homme` finds `l’homme`; elsewhere an apostrophe joins
 * (`сям’я`, English `Council’s`).
 *
 * Folding. Compatibility forms (ligatures, full-width digits) are unified, marks are folded per
 * script (see fold-marks.ts: `égalité` = `egalite`, `ё` = `е`, Arabic harakat dropped, while `й`,
 * Devanagari vowel signs and, in Vietnamese, tones are kept), lower case; in English a possessive
 * `'s` and a trailing apostrophe are dropped (`Council’s` → `council`, `states’` → `states`);
 * apostrophes inside a word are dropped.
 *
 * Stemming and stop words: per language (see stemmers.ts). Stop words are kept in the index
 * (never silently dropped); the search only weighs them lightly.
 */
import lunr from 'lunr';
import { foldMarks } from './fold-marks';
import { languageRules, type LanguageRules } from './stemmers';

/**
 * Version of the analysis rules. Stored in every index shard and checked when it is loaded: an
 * index made with other rules is rebuilt, never queried with these.
 */
export const ANALYSIS_VERSION = 1;

/** A word of a text with where it stands, in UTF-16 code units of the original string. */
export interface TextToken {
  /** The folded, unstemmed form (`council`). */
  folded: string;
  /** The stemmed form stored in the index (`council`). */
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02BC][\p{L}\p{N}\p{M}]+)*['\u2019\u02BC]?/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC]/g;
const APOSTROPHE = /['\u2018\u2019\u02BC]/u;
const POSSESSIVE = /['\u2018\u2019\u02BC]s$/u;
/** Scripts written without spaces between words: cut into words by `Intl.Segmenter`. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HYPHEN = /^[-\u2010\u2011]$/u;
/** Memoised folds and stems, per analyzer: the same words recur constantly (cleared when they grow too many). */
const CACHE_LIMIT = 50_000;

/** Elided words written with an apostrophe before the next word, by primary language subtag. */
const ELISIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']),
  it: new Set(['l', 'd', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'pell', 'quell', 'quest', 'c', 'n', 's']),
  ca: new Set(['l', 'd', 's', 'n', 'm', 't']),
  oc: new Set(['l', 'd', 's', 'n', 'm', 't', 'qu']),
};
/** Languages whose Latin diacritics are letters of their own (Vietnamese tones and vowel marks). */
const KEEPS_LATIN_MARKS = new Set(['vi']);

let lastLooked = { text: '', unspaced: false };

/** True when the text holds a script written without spaces (the last answer kept: a search asks once per document). */
function hasUnspacedScript(text: string): boolean {
  if (text !== lastLooked.text) lastLooked = { text, unspaced: UNSPACED.test(text) };
  return lastLooked.unspaced;
}

/** The primary language subtag of a BCP 47 tag, lower case (`zh-Hans` → `zh`, `de-1996` → `de`). */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** How the text of one language is cut into words, folded and stemmed. Get one with `analyzerFor`. */
export class TextAnalyzer {
  private readonly rules: LanguageRules;
  private readonly elisions: ReadonlySet<string> | undefined;
  private readonly keepsLatinMarks: boolean;
  private readonly english: boolean;
  private readonly foldCache = new Map<string, string>();
  private readonly stemCache = new Map<string, string>();
  private segmenter: Intl.Segmenter | null = null;

  constructor(
    /** The primary language subtag this analyzer is for (`en`, `ru`, `zh`…). */
    readonly language: string,
  ) {
    this.rules = languageRules(language);
    this.elisions = ELISIONS[language];
    this.keepsLatinMarks = KEEPS_LATIN_MARKS.has(language);
    this.english = language === 'en';
  }

  /**
   * Names what this analysis does to a text: two analyzers with the same key cut, fold, stem and
   * weigh its words alike (the many languages without a stemmer, stop words, elisions or kept marks
   * share one), so a query is parsed once for all of them. Text in a script written without spaces
   * is cut by each language's own segmenter: then the key is the language's.
   */
  analysisKey(text: string): string {
    if (hasUnspacedScript(text)) return `language:${this.language}`;
    if (this.english || this.elisions || this.keepsLatinMarks) return `language:${this.language}`;
    return `stemmer:${this.rules.stemmerCode ?? 'none'}`;
  }

  /** The stemmer in use: `en` (Lunr's), a `lunr-languages` code, or null (words matched as written). */
  get stemmer(): string | null {
    return this.rules.stemmerCode;
  }

  /** Folds one word: compatibility forms, marks per script, lower case, no apostrophes (see the module comment). */
  readonly foldWord = (word: string): string => {
    let folded = this.foldCache.get(word);
    if (folded === undefined) {
      folded = foldMarks(word.normalize('NFKD'), this.keepsLatinMarks).toLowerCase().normalize('NFC');
      if (this.english) folded = folded.replace(POSSESSIVE, '');
      folded = folded.replace(APOSTROPHES, '');
      if (this.foldCache.size > CACHE_LIMIT) this.foldCache.clear();
      this.foldCache.set(word, folded);
    }
    return folded;
  };

  /** Stems a folded word with the language's stemmer (memoised); as it is when there is none. */
  readonly stem = (folded: string): string => {
    let stemmed = this.stemCache.get(folded);
    if (stemmed === undefined) {
      stemmed = this.rules.stem(folded);
      if (this.stemCache.size > CACHE_LIMIT) this.stemCache.clear();
      this.stemCache.set(folded, stemmed);
    }
    return stemmed;
  };

  /** True for the language's stop words (`and`, `the`; `и`, `в`…), which are indexed but weigh little. */
  readonly isStopWord = (folded: string): boolean => this.rules.isStopWord(folded);

  /** Folds and stems one word as the index does. Empty when the word has no letters or digits. */
  readonly normalizeTerm = (word: string): string => {
    const folded = this.foldWord(word);
    return folded ? this.stem(folded) : '';
  };

  /** Splits a text into index tokens, with positions into the original text. */
  readonly tokenize = (text: string): TextToken[] => {
    const tokens: TextToken[] = [];
    // One look at the whole text spares a look at each word of the (many) texts without such scripts.
    const unspaced = UNSPACED.test(text);
    for (const match of text.matchAll(WORD)) {
      if (unspaced && UNSPACED.test(match[0])) this.segment(match[0], match.index, tokens);
      else this.addWord(match[0], match.index, tokens);
    }
    return tokens;
  };

  /** Pairs of words written with one hyphen between them, as one token each (joined, spanning both); `tokens`: the text already cut, when the caller has it. */
  readonly joinedPairs = (text: string, tokens: readonly TextToken[] = this.tokenize(text)): TextToken[] => {
    const pairs: TextToken[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const [left, right] = [tokens[i - 1]!, tokens[i]!];
      if (right.start - left.end === 1 && HYPHEN.test(text[left.end]!)) {
        const folded = left.folded + right.folded;
        pairs.push({ folded, term: this.stem(folded), start: left.start, end: right.end });
      }
    }
    return pairs;
  };

  /**
   * Lunr tokenizer built on `tokenize`, so the index holds exactly our terms (stemmed here: the
   * builder's pipeline is empty, so a serialized index needs no registered function to load).
   * Each token carries its word number in the field (`word`), which the index stores (see
   * `configureBuilder`) so a phrase is checked from the index alone; a line break (between a
   * paragraph and its list items) skips a number, so a phrase never runs from one part into the next.
   */
  readonly lunrTokenizer = (input: unknown): lunr.Token[] => {
    if (input === null || input === undefined) return [];
    const text = Array.isArray(input) ? input.join(' ') : typeof input === 'string' ? input : JSON.stringify(input);
    let word = -1;
    let previousEnd = 0;
    return this.tokenize(text).map((token) => {
      word += text.slice(previousEnd, token.start).includes('\n') && word >= 0 ? 2 : 1;
      previousEnd = token.end;
      return new lunr.Token(token.term, { [WORD_NUMBER_METADATA]: word });
    });
  };

  /** Adds one word of a spaced script (or one segment), split at an elision where the language has them. */
  private addWord(word: string, start: number, tokens: TextToken[]): void {
    const apostrophe = this.elisions ? APOSTROPHE.exec(word) : null;
    if (apostrophe && this.elisions!.has(this.foldWord(word.slice(0, apostrophe.index)))) {
      this.addWord(word.slice(0, apostrophe.index), start, tokens);
      this.addWord(word.slice(apostrophe.index + 1), start + apostrophe.index + 1, tokens);
      return;
    }
    const folded = this.foldWord(word);
    if (folded) tokens.push({ folded, term: this.stem(folded), start, end: start + word.length });
  }

  /** Cuts a run of an unspaced script into words with the language's word segmenter. */
  private segment(run: string, start: number, tokens: TextToken[]): void {
    this.segmenter ??= new Intl.Segmenter(this.language || undefined, { granularity: 'word' });
    for (const part of this.segmenter.segment(run))
      if (part.isWordLike) this.addWord(part.segment, start + part.index, tokens);
  }
}

const analyzers = new Map<string, TextAnalyzer>();

/** The analyzer of a language (by BCP 47 tag; one per primary subtag, made once). */
export function analyzerFor(languageTag: string): TextAnalyzer {
  const language = primaryLanguage(languageTag);
  let analyzer = analyzers.get(language);
  if (!analyzer) {
    analyzer = new TextAnalyzer(language);
    analyzers.set(language, analyzer);
  }
  return analyzer;
}

/** English analysis: what the statement is indexed with, and what tests and slugs use by default. */
export const ENGLISH = analyzerFor('en');
/** `ENGLISH.foldWord`. */
export const foldWord = ENGLISH.foldWord;
/** `ENGLISH.normalizeTerm`. */
export const normalizeTerm = ENGLISH.normalizeTerm;
/** `ENGLISH.tokenize`. */
export const tokenize = ENGLISH.tokenize;

/** The token metadata the index keeps: each term's word numbers in each field, for phrases. */
export const WORD_NUMBER_METADATA = 'word';

/**
 * Configures a Lunr builder with a language's tokenizer: its tokens are already folded and stemmed,
 * so both pipelines stay empty (no trimmer, which strips non-Latin letters; no stop-word filter: a
 * reader's `all` must still be findable); word numbers kept for phrase checks.
 */
export function configureBuilder(builder: lunr.Builder, analyzer: TextAnalyzer): void {
  builder.tokenizer = analyzer.lunrTokenizer as unknown as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [WORD_NUMBER_METADATA];
}
