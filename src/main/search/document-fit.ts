/**
 * How well a document fits the language a query is typed in, so that a search across documents
 * shows first the passages in the reader's language: a Russian query shows Russian passages
 * before Belarusian ones that happen to share a word, an English one English before French.
 * Two measures, compared in this order:
 *   1. script: the share of the query's letters written in the document's script (from its
 *      language tag: `ru` → Cyrillic, `zh` → Han, `ar` → Arabic);
 *   2. words: the share of the query's words the document holds as written (folded, unstemmed;
 *      the word being typed counts half when the document only has words it starts), which tells
 *      apart languages of one script and keeps `human` on English passages before French `humanité`.
 */
import { languageScript, scriptLetter } from '../../shared/language-script';
import type { QueryClause } from './query-parser';
import type { Vocabulary } from './vocabulary';

/** A document's fit to a query: each share from 0 to 1, higher first. */
export interface DocumentFit {
  script: number;
  words: number;
}

const LETTER = /\p{L}/u;

/** The share of the query's letters in the script of `languageTag` (1 when the query has no letters or the script is unknown). */
export function scriptShare(query: string, languageTag: string): number {
  const script = languageScript(languageTag);
  const pattern = script === null ? null : scriptLetter(script);
  const letters = [...query].filter((char) => LETTER.test(char));
  if (pattern === null || letters.length === 0) return 1;
  return letters.filter((letter) => pattern.test(letter)).length / letters.length;
}

/**
 * The share of the query's words (not excluded ones) that the vocabulary holds as written (1 when
 * there are none). A misspelt word the search corrected to words of the document (`corrected`,
 * as typed) counts half, as a word being typed that only starts words of it does: of two languages
 * where no word of `humna rihgts` is written, the one that holds `human` and `rights` fits better.
 */
export function wordShare(
  clauses: readonly QueryClause[],
  vocabulary: Vocabulary,
  corrected: ReadonlySet<string> = new Set(),
): number {
  const asked = clauses.filter((clause) => clause.presence !== 'excluded');
  // The last word of a phrase whose quote is still open is being typed; a hyphenated word counts as
  // known when the document holds it joined or holds each of its parts.
  const words = asked.flatMap((clause) =>
    clause.kind === 'phrase'
      ? clause.words.map((word, i) =>
          knownShare(word, clause.completion === true && i === clause.words.length - 1, vocabulary, corrected),
        )
      : [
          Math.max(
            knownShare(clause.display, clause.completion, vocabulary, corrected),
            clause.hyphenParts
              ? Math.min(...clause.hyphenParts.words.map((word) => knownShare(word, false, vocabulary, corrected)))
              : 0,
          ),
        ],
  );
  return words.length === 0 ? 1 : words.reduce((sum, value) => sum + value, 0) / words.length;
}

/** How much one word counts as known to a vocabulary (see `wordShare`). */
function knownShare(word: string, typing: boolean, vocabulary: Vocabulary, corrected: ReadonlySet<string>): number {
  return vocabulary.has(word) ? 1 : (typing && vocabulary.hasPrefix(word)) || corrected.has(word) ? 0.5 : 0;
}

/** Orders fits best first. */
export function compareFit(a: DocumentFit, b: DocumentFit): number {
  return b.script - a.script || b.words - a.words;
}
