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
import { tokenize } from './text-analysis';

/** Default and largest number of hits returned by one search. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/** Shortest word that is retried with edit distance 1 when nothing matches exactly. */
const FUZZY_MIN_LENGTH = 4;

/** Lunr keeps its term dictionary on the index; @types/lunr does not declare it. */
type IndexWithTerms = lunr.Index & { invertedIndex: Record<string, unknown> };

const PRESENCE = {
  required: lunr.Query.presence.REQUIRED,
  optional: lunr.Query.presence.OPTIONAL,
  excluded: lunr.Query.presence.PROHIBITED,
} as const;

/** Answers search queries from a loaded index and the corpus it was built from. */
export class SearchService {
  private vocabulary: Map<string, string> | undefined;

  constructor(
    private readonly index: lunr.Index,
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
      clause.kind === 'term' && clause.plain ? { ...clause, presence: clause.stopWord && !allStopWords ? 'optional' : 'required' } as const : clause,
    );
    let found = this.run(strict);
    if (found.length > 0) return answer(this.hits(found, strict, limit), found.length, []);

    const loose = clauses; // plain words optional: any of them
    if (plain.length > 1) {
      found = this.run(loose);
      if (found.length > 0) {
        return answer(this.hits(found, loose, limit), found.length, ['No passage holds all of these words; showing the best partial matches.']);
      }
    }

    const similar: string[] = [];
    const fuzzy = loose.flatMap((clause): QueryClause[] => {
      if (clause.kind !== 'term' || clause.presence === 'excluded' || clause.editDistance > 0 || clause.prefix || clause.display.length < FUZZY_MIN_LENGTH) {
        return [clause];
      }
      const words = this.similarWords(clause.display);
      similar.push(...words.keys());
      return [...new Set(words.values())].map((term) => ({ ...clause, term, presence: 'optional', completion: false }));
    });
    if (similar.length > 0) {
      found = this.run(fuzzy);
      if (found.length > 0) {
        const shown = similar.slice(0, 5).map((word) => `“${word}”`).join(', ');
        return answer(this.hits(found, fuzzy, limit), found.length, [`No exact match; showing results for ${shown}.`]);
      }
    }
    return answer([], 0, [`No passage matches “${query.trim().slice(0, 80)}”.`]);
  }

  /** Lunr candidates that also pass the phrase checks, best first. */
  private run(clauses: QueryClause[]): { ref: string; score: number; located: LocatedParagraph }[] {
    const results = this.index.query((query) => {
      for (const clause of clauses) {
        const fields = clause.titleOnly ? ['title'] : ['body'];
        if (clause.kind === 'term') {
          query.term(clause.term, {
            fields,
            presence: PRESENCE[clause.presence],
            usePipeline: false,
            wildcard: this.isPrefix(clause) ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
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
    const found: { ref: string; score: number; located: LocatedParagraph }[] = [];
    for (const result of results) {
      const located = this.store.getParagraph(result.ref);
      if (located && phrases.every((phrase) => phraseHolds(phrase, located))) found.push({ ref: result.ref, score: result.score, located });
    }
    return found;
  }

  /**
   * Words of the corpus within edit distance 1 of a folded word, mapped to their stems. Compared
   * unstemmed: `constrctive` is one letter from `constrictive`, but its stem is three from `constrict`.
   * The vocabulary is built on the first use, so start-up does not pay for it.
   */
  private similarWords(folded: string): Map<string, string> {
    this.vocabulary ??= buildVocabulary(this.store);
    const similar = new Map<string, string>();
    for (const [word, term] of this.vocabulary) {
      if (word !== folded && withinEditDistance(word, folded, 1)) similar.set(word, term);
    }
    return similar;
  }

  /** Explicit `word*`, or a word being typed that is not yet a whole word of the index. */
  private isPrefix(clause: TermClause): boolean {
    return clause.prefix || (clause.completion && !Object.hasOwn((this.index as IndexWithTerms).invertedIndex, clause.term));
  }

  private hits(found: { score: number; located: LocatedParagraph }[], clauses: QueryClause[], limit: number): SearchHit[] {
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


/** Every distinct folded word of the corpus with its stem (compound joins excluded). */
function buildVocabulary(store: CorpusStore): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const document of store.file.documents) {
    for (const section of document.sections) {
      for (const paragraph of section.paragraphs) {
        for (const text of [paragraph.text, ...paragraph.items.map((item) => item.text)]) {
          for (const token of tokenize(text)) if (!token.compound) vocabulary.set(token.folded, token.term);
        }
      }
    }
  }
  return vocabulary;
}
