/**
 * The ONE tokenizer and term normaliser, shared by the index build (scripts/build-corpus.ts via
 * search-index.ts), the query side (query-parser.ts, search-service.ts) and the highlighter
 * (match-ranges.ts). Building with one rule and querying with another is the classic search bug;
 * keep every text rule here.
 *
 * Rules: a word is a run of letters, digits and combining marks, optionally joined by apostrophes
 * (straight or curly). Terms are folded: Unicode compatibility forms, diacritics removed, lower
 * case, possessive `'s` and a trailing apostrophe dropped (`Council’s` → `council`, `states’` →
 * `states`), then Porter-stemmed by Lunr's English stemmer. Words joined by a hyphen (ASCII `-`,
 * U+2010, U+2011) are indexed as their parts AND as the joined word, so `co‐operation` is found by
 * `co-operation`, `cooperation` and `operation`. Stop words are kept (never silently dropped).
 * Each token carries its word position (0, 1, 2… over the words of the text); a joined form takes
 * the position of its first part and spans two, so phrases match across either spelling.
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
  /** True for the joined form of a hyphenated compound (spans both parts). */
  compound: boolean;
  /** Word position in the text: words count 0, 1, 2…; a joined form has its first part's position. */
  position: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02BC][\p{L}\p{N}\p{M}]+)*['\u2019\u02BC]?/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = /['\u2018\u2019\u02BC]/g;
const stemCache = new Map<string, string>();
const foldCache = new Map<string, string>();

/** Folds one word: compatibility forms, no diacritics, lower case, no possessive apostrophe. */
export function foldWord(word: string): string {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC]s$/u, '')
    .replace(APOSTROPHES, '');
  return plain;
}

/** Stems a folded word with Lunr's English stemmer (memoised: the same words recur constantly). */
export function stem(folded: string): string {
  let stemmed = stemCache.get(folded);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(folded, {})).toString();
    if (stemCache.size > 50_000) stemCache.clear();
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
  let previous: TextToken | null = null;
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    let folded = foldCache.get(match[0]);
    if (folded === undefined) {
      folded = foldWord(match[0]);
      if (foldCache.size > 50_000) foldCache.clear();
      foldCache.set(match[0], folded);
    }
    if (!folded) continue;
    const token: TextToken = { folded, term: stem(folded), start, end, compound: false, position: position++ };
    if (previous && start - previous.end === 1 && HYPHENS.has(text[previous.end]!)) {
      const joined = previous.folded + folded;
      tokens.push({ folded: joined, term: stem(joined), start: previous.start, end, compound: true, position: previous.position });
    }
    tokens.push(token);
    previous = token;
  }
  return tokens;
}
