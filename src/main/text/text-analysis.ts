/**
 * The ONE tokenizer and term normaliser, shared by the index build (scripts/build-corpus.ts via
 * search-index.ts) and the query side (search-service.ts). Building with one rule and querying
 * with another is the classic Lunr bug; keep every text rule here.
 *
 * Rules: a word is a run of letters, digits and combining marks, optionally joined by apostrophes
 * (straight or curly). Terms are folded: Unicode compatibility forms, diacritics removed, lower
 * case, possessive `'s` and a trailing apostrophe dropped (`Council’s` → `council`, `states’` →
 * `states`), then Porter-stemmed by Lunr's English stemmer. Every hyphen (ASCII `-`, U+2010,
 * U+2011, dashes) separates words, so `co‐operation` and `co-operation` are the same two words
 * (a query with a hyphen searches them as a phrase). The joined forms of hyphenated pairs
 * (`resultoriented`) go to a field of their own (`joinedPairs`), so `resultoriented` and
 * `cooperation` also find the hyphenated spellings, without rare joined terms hijacking prefix
 * searches in the text itself. Stop words are kept (never silently dropped).
 */
import lunr from 'lunr';

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
/** Memoised folds and stems: the same words recur constantly (cleared when they grow too many). */
const CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();
const stemCache = new Map<string, string>();

/** Folds one word: compatibility forms, no diacritics, lower case, no possessive apostrophe. */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['\u2018\u2019\u02BC]s$/u, '')
      .replace(APOSTROPHES, '');
    if (foldCache.size > CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** Stems a folded word with Lunr's English stemmer (memoised). */
export function stem(folded: string): string {
  let stemmed = stemCache.get(folded);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(folded, {})).toString();
    if (stemCache.size > CACHE_LIMIT) stemCache.clear();
    stemCache.set(folded, stemmed);
  }
  return stemmed;
}

/** Folds and stems one word as the index does. Empty when the word has no letters or digits. */
export function normalizeTerm(word: string): string {
  const folded = foldWord(word);
  return folded ? stem(folded) : '';
}

/** Splits a text into index tokens, with positions into the original text. */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded) tokens.push({ folded, term: stem(folded), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const HYPHEN = /^[-\u2010\u2011]$/u;

/** Pairs of words written with one hyphen between them, as one token each (joined, spanning both). */
export function joinedPairs(text: string): TextToken[] {
  const tokens = tokenize(text);
  const pairs: TextToken[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [left, right] = [tokens[i - 1]!, tokens[i]!];
    if (right.start - left.end === 1 && HYPHEN.test(text[left.end]!)) {
      const folded = left.folded + right.folded;
      pairs.push({ folded, term: stem(folded), start: left.start, end: right.end });
    }
  }
  return pairs;
}

/**
 * Lunr tokenizer built on `tokenize`, so the index holds exactly our terms. Each token carries its
 * word number in the field (`word`), which the index stores (see `configureBuilder`) so a phrase is
 * checked from the index alone; a line break (between a paragraph and its list items) skips a
 * number, so a phrase never runs from one part into the next.
 */
export function lunrTokenizer(input: unknown): lunr.Token[] {
  if (input === null || input === undefined) return [];
  const text = Array.isArray(input) ? input.join(' ') : typeof input === 'string' ? input : JSON.stringify(input);
  let word = -1;
  let previousEnd = 0;
  return tokenize(text).map((token) => {
    word += text.slice(previousEnd, token.start).includes('\n') && word >= 0 ? 2 : 1;
    previousEnd = token.end;
    return new lunr.Token(token.folded, { word });
  });
}

/** The token metadata the index keeps: each term's word numbers in each field, for phrases. */
export const WORD_NUMBER_METADATA = 'word';

/**
 * Configures a Lunr builder with our tokenizer and pipeline: stemming only, no trimmer (it strips
 * non-Latin letters) and no stop-word filter (a reader's `all` must still be findable); word
 * numbers kept for phrase checks.
 */
export function configureBuilder(builder: lunr.Builder): void {
  builder.tokenizer = lunrTokenizer as unknown as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(lunr.stemmer);
  builder.metadataWhitelist = [WORD_NUMBER_METADATA];
}
