/**
 * Parses what a reader types into search clauses. Never throws: anything that is not our syntax
 * is read as literal words. Syntax (shown in the renderer's help popover):
 *   plain words        all of them preferred; best partial matches if no passage has them all
 *   "quoted phrase"    the words in this order (an unclosed quote runs to the end)
 *   +word  -word       required / excluded (also +"phrase" and -"phrase")
 *   word*              words starting with `word` as written (`internati*`; `rights*` finds `rights`)
 *   word~  word~2      words within edit distance 1 (or 2)
 *   title:word         only in section headings (`heading:` is the same)
 * The last word, while being typed (no trailing space, no closing quote), is completed as a prefix
 * when it is not a whole word of the index (`rapp` → `rapporteur`, but `right` stays `right`): a
 * plain word, a word after `+` or `-`, and the last word of a phrase whose quote is still open
 * (`"special rapp`). A hyphenated word (`human-rights`) also finds its parts written apart.
 */
import { ENGLISH, type TextAnalyzer, type TextToken } from '../text/text-analysis';

/** Whether a clause must, may, or must not match. */
export type Presence = 'required' | 'optional' | 'excluded';

/** One word to look for. `term` is the stemmed index form. */
export interface TermClause {
  kind: 'term';
  term: string;
  /** The word as typed, folded (for messages). */
  display: string;
  presence: Presence;
  /** Plain word without an operator: its presence is decided by the search strategy. */
  plain: boolean;
  /** One of the words of a phrase the search relaxed (no passage had them in that order). */
  fromPhrase: boolean;
  stopWord: boolean;
  /** Explicit `word*`. */
  prefix: boolean;
  /** Last plain word still being typed: completed as a prefix unless it already is a known word. */
  completion: boolean;
  editDistance: number;
  titleOnly: boolean;
  /**
   * Stems that count as this word (set by the search for `word~N` and for corrections): the
   * clause matches a passage holding any of them.
   */
  alternatives: string[] | null;
  /** A hyphenated word (`human-rights`, searched joined): its parts, which the search also looks for written apart. */
  hyphenParts?: PhraseClause;
}

/** Words that must follow each other. `terms` are stemmed index forms. */
export interface PhraseClause {
  kind: 'phrase';
  terms: string[];
  /** The folded words, one per term. */
  words: string[];
  display: string;
  presence: Presence;
  titleOnly: boolean;
  /** The quote is still open and its last word is being typed: it is completed as a prefix. */
  completion?: boolean;
  /** Stems the last word may be (set by the search when it completes it). */
  lastAlternatives?: string[];
}

/** A clause of a parsed query. */
export type QueryClause = TermClause | PhraseClause;

/** The parsed query and what was dropped on the way. */
export interface ParsedQuery {
  clauses: QueryClause[];
  /** A heading scope with nothing after it (`title:`), so the reader can be told what to type. */
  emptyScope: string | null;
  /** True when the query had more clauses than `MAX_CLAUSES` and the rest were ignored. */
  truncated: boolean;
}

/** Most clauses a query may have; more would only slow the index down, never improve results. */
export const MAX_CLAUSES = 32;
const MAX_EDIT_DISTANCE = 2;
const SCOPE_FIELDS = new Set(['title', 'heading']);

/** Splits the raw query into chunks: quoted phrases (with their operator) and bare words. */
function chunks(query: string): { text: string; quoted: boolean; operator: string }[] {
  const result: { text: string; quoted: boolean; operator: string }[] = [];
  const pattern = /([+-]?)(?:(?:(title|heading):)?["“”„]([^"“”„]*)(?:["“”„]|$)|(\S+))/giu;
  for (const match of query.matchAll(pattern)) {
    const [, operator = '', scope, phrase, word] = match;
    if (phrase !== undefined) result.push({ text: scope ? `${scope}:${phrase}` : phrase, quoted: true, operator });
    else if (word !== undefined) result.push({ text: word, quoted: false, operator });
  }
  return result;
}

/** One chunk of a query with its syntax read: what does not depend on the language it is analysed as. */
interface SyntaxChunk {
  /** The text to analyse (operator, scope, `*` and `~N` removed). */
  text: string;
  quoted: boolean;
  presence: Presence;
  /** Typed without an operator (`+`, `-`, `*`, `~`). */
  plain: boolean;
  titleOnly: boolean;
  prefix: boolean;
  editDistance: number;
  /** A hyphenated word (co-operation, co‐operation): one word, its joined form. */
  hyphenated: boolean;
}

/**
 * A query with its syntax read, once for every language it is then analysed as (a search across
 * a library parses one query for hundreds of documents: `parseQuery` accepts this instead of the text).
 */
export interface QuerySyntax {
  query: string;
  chunks: SyntaxChunk[];
  /** A heading scope with nothing after it (`title:`). */
  emptyScope: string | null;
}

/** Reads the syntax of a query (see the module comment); the words are analysed by `parseQuery`. */
export function readQuerySyntax(query: string): QuerySyntax {
  const read: SyntaxChunk[] = [];
  let emptyScope: string | null = null;
  const clean = query.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  for (const chunk of chunks(clean)) {
    const bare = /^([a-z]+):$/i.exec(chunk.text);
    if (!chunk.quoted && bare && SCOPE_FIELDS.has(bare[1]!.toLowerCase())) {
      emptyScope = bare[1]!;
      continue;
    }
    const presence: Presence = chunk.operator === '+' ? 'required' : chunk.operator === '-' ? 'excluded' : 'optional';
    let text = chunk.text;
    let titleOnly = false;
    const scope = /^([a-z]+):(.+)$/i.exec(text);
    if (scope && SCOPE_FIELDS.has(scope[1]!.toLowerCase())) {
      titleOnly = true;
      text = scope[2]!;
    }
    if (chunk.quoted) {
      read.push({
        text,
        quoted: true,
        presence,
        plain: false,
        titleOnly,
        prefix: false,
        editDistance: 0,
        hyphenated: false,
      });
      continue;
    }
    let prefix = false;
    let editDistance = 0;
    const fuzzy = /~(\d*)$/.exec(text);
    if (fuzzy) {
      editDistance = Math.min(MAX_EDIT_DISTANCE, fuzzy[1] ? Number(fuzzy[1]) : 1);
      text = text.slice(0, fuzzy.index);
    } else if (/\*+$/.test(text)) {
      prefix = true;
      text = text.replace(/\*+$/, '');
    }
    // A hyphenated word (co-operation, co‐operation) is one word: its joined form, which the index
    // holds for every hyphenated pair too, so all spellings find each other.
    const hyphenated = /^[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+$/u.test(text);
    const plain = chunk.operator === '' && !prefix && editDistance === 0;
    read.push({ text, quoted: false, presence, plain, titleOnly, prefix, editDistance, hyphenated });
  }
  return { query, chunks: read, emptyScope };
}

/**
 * Parses a query (its text, or its syntax already read), its words analysed as the language of the
 * index it will run against (English by default). Control characters, emoji and unknown syntax are
 * treated as text.
 */
export function parseQuery(query: string | QuerySyntax, analyzer: TextAnalyzer = ENGLISH): ParsedQuery {
  const syntax = typeof query === 'string' ? readQuerySyntax(query) : query;
  const { foldWord, tokenize } = analyzer;
  const clauses: QueryClause[] = [];
  for (const { text, quoted, presence, plain, titleOnly, prefix, editDistance, hyphenated } of syntax.chunks) {
    if (quoted) {
      const tokens = tokenize(text);
      const terms = tokens.map((token) => token.term);
      if (terms.length === 1)
        clauses.push(
          termClause(
            terms[0]!,
            foldWord(text.trim()),
            presence === 'optional' ? 'required' : presence,
            false,
            false,
            0,
            titleOnly,
            analyzer,
          ),
        );
      else if (terms.length > 1)
        clauses.push({
          kind: 'phrase',
          terms,
          words: tokens.map((token) => token.folded),
          display: text.trim(),
          presence: presence === 'optional' ? 'required' : presence,
          titleOnly,
        });
      continue;
    }
    const words = hyphenated ? [joinedToken(text, analyzer)] : tokenize(text);
    if (words.length === 1) {
      const clause = termClause(
        words[0]!.term,
        words[0]!.folded,
        presence,
        plain,
        prefix,
        editDistance,
        titleOnly,
        analyzer,
      );
      if (hyphenated && !prefix && editDistance === 0) {
        const parts = tokenize(text);
        clause.hyphenParts = {
          kind: 'phrase',
          terms: parts.map((part) => part.term),
          words: parts.map((part) => part.folded),
          display: text,
          presence: presence === 'optional' ? 'required' : presence,
          titleOnly,
        };
      }
      clauses.push(clause);
    } else if (words.length > 1) {
      // Punctuation inside a "word" (co-operation, U.N., and/or): the parts must follow each other.
      clauses.push({
        kind: 'phrase',
        terms: words.map((w) => w.term),
        words: words.map((w) => w.folded),
        display: text,
        presence: presence === 'optional' ? 'required' : presence,
        titleOnly,
      });
    }
  }
  markTypingPrefix(syntax.query, clauses);
  return {
    clauses: clauses.slice(0, MAX_CLAUSES),
    emptyScope: syntax.emptyScope,
    truncated: clauses.length > MAX_CLAUSES,
  };
}

function termClause(
  term: string,
  display: string,
  presence: Presence,
  plain: boolean,
  prefix: boolean,
  editDistance: number,
  titleOnly: boolean,
  analyzer: TextAnalyzer,
): TermClause {
  // `term` is already stemmed, also for a prefix: the index holds `right`, so `rights*` → `right*`.
  return {
    kind: 'term',
    term,
    display,
    presence,
    plain,
    fromPhrase: false,
    stopWord: analyzer.isStopWord(display),
    prefix,
    completion: false,
    editDistance,
    titleOnly,
    alternatives: null,
  };
}

/**
 * While typing, the last word also matches longer words (`rapp` → `rapporteur`): a plain word, one
 * after `+` or `-`, or the last word of a phrase whose quote is still open. Not after a space or a
 * closing quote (the word is finished), nor an explicit `word*` or `word~`.
 */
function markTypingPrefix(query: string, clauses: QueryClause[]): void {
  const last = clauses[clauses.length - 1];
  if (!last || /\s$/.test(query)) return;
  const quotes = query.match(/["“”„]/gu)?.length ?? 0;
  const insideQuote = quotes % 2 === 1;
  if (quotes > 0 && !insideQuote && /["“”„]$/u.test(query.trim())) return;
  if (last.kind === 'phrase') {
    if (insideQuote && (last.words.at(-1)?.length ?? 0) >= 1) last.completion = true;
    return;
  }
  if (last.prefix || last.editDistance > 0 || last.hyphenParts || last.display.length < 2) return;
  last.completion = true;
}

/** One token for a whole hyphenated word: its parts folded and joined. */
function joinedToken(text: string, analyzer: TextAnalyzer): TextToken {
  const folded = analyzer
    .tokenize(text)
    .map((token) => token.folded)
    .join('');
  return { folded, term: analyzer.stem(folded), start: 0, end: text.length };
}
