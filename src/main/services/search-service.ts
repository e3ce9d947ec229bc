/**
 * Full-text search over the corpus: parses the query (query-parser), asks Lunr for candidates,
 * checks what Lunr cannot (phrases), and returns hits with snippets and highlight ranges.
 * Strategy, so that a reader is never told "nothing" when the text is there:
 *   1. all plain words required (stop words optional unless they are all there is);
 *   2. if nothing: any of the plain words, best first, with a notice;
 *   3. if still nothing: words within edit distance 1, with "Showing results for …".
 */
import lunr from 'lunr';
import type { HitHighlight, SearchHit, SearchResponse } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore, LocatedParagraph } from './corpus-store';
import { containsPhrase, matchRanges, withinEditDistance } from './match-ranges';
import { parseQuery, MAX_CLAUSES, type PhraseClause, type QueryClause, type TermClause } from './query-parser';
import { makeSnippet } from './snippet';
import type { Vocabulary } from './vocabulary';

/** Default and largest number of hits returned by one search. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/** Shortest word that is retried with edit distance 1 when nothing matches exactly. */
const FUZZY_MIN_LENGTH = 4;

/** A paragraph Lunr found, with its score. */
interface Found {
  score: number;
  located: LocatedParagraph;
}

/** Lunr keeps its term dictionary on the index; @types/lunr does not declare it. */
type IndexWithTerms = lunr.Index & { invertedIndex: Record<string, unknown> };

const PRESENCE = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  excluded: lunr.Query.presence.PROHIBITED,
} as const;

/** Answers search queries from a loaded index and the corpus it was built from. */
export class SearchService {
  constructor(
    private readonly index: lunr.Index,
    private readonly vocabulary: Vocabulary,
    private readonly store: CorpusStore,
  ) {}

  /**
   * Searches; never throws for any input string. A query with nothing to look for (only
   * punctuation, or only exclusions) is a `bad-query` error with a message for the reader.
   */
  search(query: string, limit = DEFAULT_LIMIT): Result<SearchResponse> {
    const { clauses, truncated } = parseQuery(query);
    const answer = (hits: SearchHit[], total: number, notices: string[]): Result<SearchResponse> => {
      if (truncated) notices.push(`Only the first ${MAX_CLAUSES} words were searched.`);
      return ok({ query, hits, total, notice: notices.join(' ') || null });
    };
    if (clauses.length === 0) return fail('bad-query', 'There is no word to look for in this search: type letters or digits.');
    if (clauses.every((clause) => clause.presence === 'excluded')) {
      return fail('bad-query', 'Add a word to look for: a search made only of exclusions (-word) finds nothing.');
    }

    const plain = clauses.filter((clause) => clause.kind === 'term' && clause.plain);
    const allStopWords = plain.every((clause) => clause.kind === 'term' && clause.stopWord);
    const strict = clauses.map((clause) =>
      clause.kind === 'term' && clause.plain ? ({ ...clause, presence: clause.stopWord && !allStopWords ? 'optional' : 'required' } as const) : clause,
    );
    const first = this.run(strict);
    if (first.found.length > 0) return answer(this.hits(first, limit), first.found.length, []);

    // Words no passage holds are replaced by the corpus words one edit away (then optional).
    const similar: string[] = [];
    const correct = (clause: QueryClause): QueryClause[] => {
      if (clause.kind !== 'term' || !this.isUnknown(clause)) return [clause];
      const words = this.similarWords(clause);
      if (words.size === 0) return [clause];
      similar.push(...words.keys());
      return [...new Set(words.values())].map((term) => ({ ...clause, term, presence: 'optional', completion: false }));
    };
    const corrected = strict.flatMap(correct);
    const correction = `No exact match; showing results for ${similar.slice(0, 5).map((word) => `“${word}”`).join(', ')}.`;
    if (similar.length > 0) {
      const attempt = this.run(corrected);
      if (attempt.found.length > 0) return answer(this.hits(attempt, limit), attempt.found.length, [correction]);
    }

    if (plain.length > 1) {
      const loose = clauses.flatMap(correct); // plain words optional: any of them
      const attempt = this.run(loose);
      if (attempt.found.length > 0) {
        const notices = ['No passage holds all of these words; showing the best partial matches.'];
        return answer(this.hits(attempt, limit), attempt.found.length, similar.length > 0 ? [correction, ...notices] : notices);
      }
    }
    return answer([], 0, [`No passage matches “${query.trim().slice(0, 80)}”.`]);
  }

  /** True when no passage holds the word (nor, for a word being typed, any word it starts). */
  private isUnknown(clause: TermClause): boolean {
    if (clause.presence === 'excluded' || clause.editDistance > 0 || clause.prefix || clause.display.length < FUZZY_MIN_LENGTH) return false;
    if (clause.completion) return this.vocabulary.stemsWithPrefix(clause.display).length === 0;
    return !Object.hasOwn((this.index as IndexWithTerms).invertedIndex, clause.term);
  }

  /** Lunr candidates that also pass the phrase checks, best first, with the clauses as run. */
  private run(asked: QueryClause[]): { clauses: QueryClause[]; found: Found[] } {
    const clauses = asked.map((clause) => (clause.kind === 'term' ? this.resolvePrefix(clause) : clause));
    const results = this.index.query((query) => {
      for (const clause of clauses) {
        const fields = clause.titleOnly ? ['title'] : ['body'];
        if (clause.kind === 'term') {
          query.term(clause.term, {
            fields,
            presence: PRESENCE[clause.presence],
            usePipeline: false,
            wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            // Lunr reads the mere presence of `editDistance` (even 0) as "fuzzy", which makes a
            // trailing `*` literal: pass it only when it is really wanted.
            ...(clause.editDistance > 0 ? { editDistance: clause.editDistance } : {}),
            boost: clause.stopWord ? 0.2 : 1,
          });
        } else if (clause.presence !== 'excluded') {
          // Lunr has no phrases: require the words here, check their order below.
          for (const term of clause.terms) query.term(term, { fields, presence: PRESENCE[clause.presence], usePipeline: false });
        }
      }
    });
    const phrases = clauses.filter((clause): clause is PhraseClause => clause.kind === 'phrase');
    const found: Found[] = [];
    for (const result of results) {
      const located = this.store.getParagraph(result.ref);
      if (located && phrases.every((phrase) => phraseHolds(phrase, located))) found.push({ score: result.score, located });
    }
    return { clauses, found };
  }

  /**
   * Turns a prefix (`word*`, or a word still being typed that is not a whole word of the index)
   * into one Lunr wildcard term: the common start of the stems of the corpus words that begin with
   * what was typed. Stemming the typed fragment itself would miss: `internati` → `intern*`.
   */
  private resolvePrefix(clause: TermClause): TermClause {
    const typedWhole = clause.completion && !clause.prefix && Object.hasOwn((this.index as IndexWithTerms).invertedIndex, clause.term);
    if (!clause.prefix && (!clause.completion || typedWhole)) return { ...clause, completion: false };
    const stems = this.vocabulary.stemsWithPrefix(clause.display);
    return { ...clause, term: stems.length > 0 ? commonStart(stems) : clause.term, prefix: true, completion: false };
  }

  /**
   * Words of the corpus one edit from a word, mapped to their stems. Compared unstemmed:
   * `constrctive` is one letter from `constrictive`, but its stem is three from `constrict`.
   * A word still being typed is compared with the starts of words (`constrc` → `constrictive`).
   */
  private similarWords(clause: TermClause): Map<string, string> {
    const typed = clause.display;
    return this.vocabulary.wordsWhere((word) => {
      if (word === typed) return false;
      if (!clause.completion) return withinEditDistance(word, typed, 1);
      return [typed.length - 1, typed.length, typed.length + 1].some((length) => withinEditDistance(word.slice(0, length), typed, 1));
    });
  }

  private hits({ clauses, found }: { clauses: QueryClause[]; found: Found[] }, limit: number): SearchHit[] {
    return found.slice(0, Math.max(1, Math.min(limit, MAX_LIMIT))).map(({ score, located }) => {
      const { document, section, paragraph } = located;
      const parts = [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items];
      const highlights: HitHighlight[] = parts
        .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body') }))
        .filter((highlight) => highlight.ranges.length > 0);
      // The snippet comes from the part (paragraph or list item) with the most matches.
      const best = highlights.reduce<HitHighlight | undefined>((top, highlight) => (!top || highlight.ranges.length > top.ranges.length ? highlight : top), undefined);
      const source = best ? parts.find((part) => part.id === best.partId)! : parts[0]!;
      const snippet = makeSnippet(source.text, best?.ranges ?? []);
      return {
        documentId: document.id,
        sectionId: section.id,
        sectionTitle: section.title,
        paragraphId: paragraph.id,
        paragraphNumber: paragraph.number,
        score: Math.round(score * 1000) / 1000,
        snippet: snippet.text,
        snippetRanges: snippet.ranges,
        highlights,
      };
    });
  }
}

function phraseHolds(phrase: PhraseClause, located: LocatedParagraph): boolean {
  const texts = phrase.titleOnly ? [located.section.title] : [located.paragraph.text, ...located.paragraph.items.map((item) => item.text)];
  const present = texts.some((text) => containsPhrase(phrase, text));
  return phrase.presence === 'excluded' ? !present : present;
}


/** The longest common start of some words (`['cooper', 'cooperat']` → `cooper`). */
function commonStart(words: string[]): string {
  let start = words[0]!;
  for (const word of words) while (!word.startsWith(start)) start = start.slice(0, -1);
  return start;
}
