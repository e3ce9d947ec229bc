/**
 * The query's words as the ranking measures them (proximity.ts, section-title-boost.ts): each word
 * the reader looks for, in the order typed, with the index terms it stands for. Excluded words and
 * `title:` words are left out: the first are never in a passage found, the second already weigh
 * the heading through the index's `title` field.
 */
import type { QueryClause, TermClause } from './query-parser';

/** One word of the query: the stems that count as it (several for a prefix or a correction). */
export interface QueryWord {
  stems: readonly string[];
  stopWord: boolean;
}

/**
 * The words of clauses as run, in the query's order: a term's stems (`stemsOf` expands prefixes
 * and corrections), each word of a phrase; a hyphenated word (`human-rights`) as its parts, whose
 * phrase the search appended to the clauses is then not counted twice.
 */
export function queryWords(
  clauses: readonly QueryClause[],
  stemsOf: (clause: TermClause) => readonly string[],
  isStopWord: (word: string) => boolean,
): QueryWord[] {
  const counted = clauses.filter((clause) => clause.presence !== 'excluded' && !clause.titleOnly);
  const hyphenated = new Set(
    counted.flatMap((clause) => (clause.kind === 'term' && clause.hyphenParts ? [clause.hyphenParts.display] : [])),
  );
  return counted.flatMap((clause): QueryWord[] => {
    const phrase = clause.kind === 'phrase' ? clause : clause.hyphenParts;
    if (clause.kind === 'phrase' && hyphenated.has(clause.display)) return [];
    if (phrase)
      return phrase.terms.map((term, i) => ({
        stems: i === phrase.terms.length - 1 && phrase.lastAlternatives ? phrase.lastAlternatives : [term],
        stopWord: isStopWord(phrase.words[i] ?? term),
      }));
    const term = clause as TermClause;
    return [{ stems: stemsOf(term), stopWord: term.stopWord }];
  });
}

/** The words that carry the query: all but stop words, unless stop words are all there is. */
export function contentWords(words: readonly QueryWord[]): QueryWord[] {
  const content = words.filter((word) => !word.stopWord);
  return content.length > 0 ? content : [...words];
}
