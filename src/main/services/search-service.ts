/**
 * Full-text search over the corpus: parses the query (query-parser), expands its words against the
 * vocabulary (word-expansion), runs it on the positional index (index-query), and returns hits with
 * snippets and highlight ranges (match-ranges, snippet).
 * Strategy, so that a reader is never told "nothing" when the text is there; the first step that
 * finds something answers, and says which step it was:
 *   1. every plain word required (stop words optional unless they are all there is);
 *   2. words that no text holds are replaced by words one edit away ("showing results for …");
 *   3. phrases found in no passage are relaxed to their words in any order (and it says so);
 *   4. any of the plain words, best first ("no passage holds all of these words").
 */
import type { HitHighlight, SearchHit, SearchResponse, SectionHighlights, TextRange } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from './corpus-store';
import { IndexSearcher, topMatches, type EntryMatch, type Matches } from './index-query';
import { matchRanges } from './match-ranges';
import type { PositionalIndex } from './positional-index';
import { isStopWord, MAX_CLAUSES, parseQuery, type QueryClause, type TermClause } from './query-parser';
import type { PlannedClause, PlannedTerm } from './query-plan';
import { indexedParagraphs, type IndexedParagraph } from './search-index';
import { makeSnippet } from './snippet';
import { tokenize, type TextToken } from './text-analysis';
import { expandPrefix, MAX_EXPANSIONS, similarWords } from './word-expansion';

/** Default and largest number of hits returned by one search. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
/** Shortest word that is retried with edit distance 1 when no text holds it. */
const FUZZY_MIN_LENGTH = 4;
/** Weight of a stop word (`the`, `all`) next to other words. */
const STOP_WORD_BOOST = 0.2;
/** Tokenized passages kept for highlighting (typing re-shows the same top passages keystroke after keystroke). */
const TOKEN_CACHE_SIZE = 2000;

/** The matching entries of a query, with the clauses that matched them and what to tell the reader. */
interface Outcome {
  clauses: PlannedClause[];
  matches: Matches;
  notices: string[];
}

/** Answers search queries from a loaded index and the corpus it was built from. */
export class SearchService {
  /** Entry ordinal → paragraph (the index's order). */
  private readonly entries: IndexedParagraph[];
  /** `documentId/sectionId` → its entries `[first, end)` (a section's paragraphs are consecutive entries). */
  private readonly sections = new Map<string, [number, number]>();
  private readonly searcher: IndexSearcher;
  private readonly tokenCache = new Map<string, TextToken[]>();

  constructor(
    private readonly index: PositionalIndex,
    private readonly store: CorpusStore,
  ) {
    this.searcher = new IndexSearcher(index);
    this.entries = [...indexedParagraphs(store.file.documents)];
    this.entries.forEach(({ document, section }, entry) => {
      const key = `${document.id}/${section.id}`;
      const range = this.sections.get(key);
      if (range) range[1] = entry + 1;
      else this.sections.set(key, [entry, entry + 1]);
    });
  }

  /**
   * Searches; never throws for any input string. A query with nothing to look for (only
   * punctuation, or only exclusions) is a `bad-query` error with a message for the reader.
   */
  search(query: string, limit = DEFAULT_LIMIT): Result<SearchResponse> {
    const outcome = this.run(query);
    if (!outcome.ok) return outcome;
    const { matches, notices } = outcome.value;
    const clauses = highlighted(outcome.value.clauses);
    const best = topMatches(matches, Math.max(1, Math.min(limit, MAX_LIMIT)));
    return ok({ query, hits: best.map((match) => this.hit(match, clauses)), total: matches.entries.length, notice: notices.join(' ') || null });
  }

  /**
   * Every hit of `query` inside one section, for the reading pane: the passages the search matched
   * there (all of them, whatever the search's limit) and the words to highlight in each.
   */
  highlightSection(query: string, documentId: string, sectionId: string): Result<SectionHighlights> {
    const range = this.sections.get(`${documentId}/${sectionId}`);
    const view = this.store.getSection(documentId, sectionId);
    if (!range || !view) return fail('not-found', `Document '${documentId}' has no section '${sectionId}'.`);
    const outcome = this.run(query);
    if (!outcome.ok) return outcome;
    const { matches } = outcome.value;
    const clauses = highlighted(outcome.value.clauses);
    const parts: HitHighlight[] = [];
    let titleMatched = false;
    for (const entry of matches.entries) {
      if (entry < range[0] || entry >= range[1]) continue;
      parts.push(...this.partHighlights(this.entries[entry]!, clauses));
      titleMatched = true;
    }
    const titleRanges = titleMatched ? this.titleRanges(view.section, clauses) : [];
    return ok({ query, documentId, sectionId, titleRanges, parts });
  }

  /** Parses, plans and runs a query through the strategy steps. */
  private run(query: string): Result<Outcome> {
    const { clauses, truncated, danglingScope } = parseQuery(query);
    if (clauses.length === 0) {
      return danglingScope
        ? fail('bad-query', 'Type a word after “title:” to search the section headings.')
        : fail('bad-query', 'There is no word to look for in this search: type letters or digits.');
    }
    if (clauses.every((clause) => clause.presence === 'excluded')) {
      return fail('bad-query', 'Add a word to look for: a search made only of exclusions (-word) finds nothing.');
    }
    const answer = (planned: PlannedClause[], matches: Matches, notices: string[]): Result<Outcome> => {
      if (truncated) notices.push(`Only the first ${MAX_CLAUSES} words were searched.`);
      return ok({ clauses: planned, matches, notices });
    };
    const expansionNotices: string[] = [];
    const base = clauses.map((clause) => this.plan(clause, expansionNotices));

    // 1. Every plain word.
    const strict = required(base);
    let matches = this.searcher.evaluate(strict);
    if (matches.entries.length > 0) return answer(strict, matches, expansionNotices);

    // 2. Words no text holds → words one edit away.
    const corrections: string[] = [];
    const corrected = base.map((clause) => this.correct(clause, corrections));
    const notices = [...expansionNotices];
    if (corrections.length > 0) {
      notices.push(`No exact match; showing results for ${quoteList(corrections)}.`);
      const strictCorrected = required(corrected);
      matches = this.searcher.evaluate(strictCorrected);
      if (matches.entries.length > 0) return answer(strictCorrected, matches, notices);
    }

    // 3. Phrases in no passage → their words in any order.
    const phrases = corrected.filter((clause) => clause.kind === 'phrase' && clause.presence !== 'excluded');
    const relaxed = corrected.flatMap((clause): PlannedClause[] =>
      clause.kind === 'phrase' && clause.presence !== 'excluded' ? clause.units.map((unit) => relaxedWord(clause.field, unit)) : [clause],
    );
    if (phrases.length > 0) {
      const shown = phrases.map((clause) => (clause.kind === 'phrase' ? clause.display : '')).slice(0, 3);
      notices.push(`No passage has ${quoteList(shown)} in this order; showing passages with ${phrases.length === 1 ? 'its' : 'their'} words.`);
      const strictRelaxed = required(relaxed);
      matches = this.searcher.evaluate(strictRelaxed);
      if (matches.entries.length > 0) return answer(strictRelaxed, matches, notices);
    }

    // 4. Any of the plain words. Stop words only count next to other words (`the` alone matches everything).
    const loose = relaxed.some((clause) => clause.presence !== 'excluded' && !isStopWordClause(clause))
      ? relaxed.filter((clause) => !isStopWordClause(clause))
      : relaxed;
    const positive = loose.filter((clause) => clause.presence !== 'excluded');
    if (positive.length > 1 && positive.some((clause) => clause.kind === 'term' && clause.source.plain)) {
      matches = this.searcher.evaluate(loose);
      if (matches.entries.length > 0) {
        return answer(loose, matches, [...notices, 'No passage holds all of these words; showing the best partial matches.']);
      }
    }
    return answer(strict, { entries: new Int32Array(0), scores: new Float64Array(0) }, [`No passage matches “${query.trim().slice(0, 80)}”.`]);
  }

  /** The index terms a parsed clause stands for. */
  private plan(clause: QueryClause, notices: string[]): PlannedClause {
    const field = clause.titleOnly ? 'title' : 'body';
    if (clause.kind === 'phrase') return { kind: 'phrase', field, units: clause.terms, presence: clause.presence, display: clause.display };
    const planned = (terms: readonly string[]): PlannedTerm => ({
      kind: 'term',
      field,
      terms,
      presence: clause.presence,
      boost: clause.stopWord ? STOP_WORD_BOOST : 1,
      source: clause,
    });
    const exact = this.index.termId(clause.term) >= 0 ? [clause.term] : [];
    if (clause.prefix || (clause.completion && exact.length === 0)) {
      const expansion = expandPrefix(this.index, clause.display);
      if (expansion.capped && clause.prefix) notices.push(`“${clause.display}*” matches many words; the first ${MAX_EXPANSIONS} were searched.`);
      return planned([...new Set([...exact, ...expansion.terms])]);
    }
    if (clause.editDistance > 0) return planned([...new Set([...exact, ...similarWords(this.index, clause.display, clause.editDistance).terms])]);
    return planned(exact);
  }

  /** A word no text holds, replaced by the words one edit away (recorded in `corrections`). */
  private correct(clause: PlannedClause, corrections: string[]): PlannedClause {
    if (clause.kind !== 'term' || clause.terms.length > 0 || clause.presence === 'excluded') return clause;
    const { source } = clause;
    if (source.prefix || source.editDistance > 0 || source.display.length < FUZZY_MIN_LENGTH) return clause;
    const similar = similarWords(this.index, source.display, 1, source.completion);
    if (similar.terms.length === 0) return clause;
    corrections.push(...similar.words.slice(0, 5 - Math.min(5, corrections.length)));
    return { ...clause, terms: similar.terms };
  }

  private hit({ entry, score }: EntryMatch, clauses: PlannedClause[]): SearchHit {
    const located = this.entries[entry]!;
    const { document, section, paragraph } = located;
    const highlights = this.partHighlights(located, clauses);
    const parts = [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items];
    // The snippet comes from the part showing the most different matched words (then the first).
    let best: { text: string; ranges: TextRange[]; words: number } = { text: parts[0]!.text, ranges: [], words: 0 };
    for (const highlight of highlights) {
      const text = parts.find((part) => part.id === highlight.partId)!.text;
      const words = new Set(highlight.ranges.map(([from, to]) => text.slice(from, to).toLowerCase())).size;
      if (words > best.words) best = { text, ranges: highlight.ranges, words };
    }
    const snippet = makeSnippet(best.text, best.ranges);
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
      sectionTitleRanges: this.titleRanges(section, clauses),
    };
  }

  private partHighlights({ paragraph }: IndexedParagraph, clauses: PlannedClause[]): HitHighlight[] {
    return [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items]
      .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body', () => this.tokens(part.text)) }))
      .filter((highlight) => highlight.ranges.length > 0);
  }

  /** `tokenize(text)`, remembered for the passages shown most recently. */
  private tokens(text: string): TextToken[] {
    let tokens = this.tokenCache.get(text);
    if (!tokens) {
      tokens = tokenize(text);
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.clear();
      this.tokenCache.set(text, tokens);
    }
    return tokens;
  }

  private titleRanges(section: IndexedParagraph['section'], clauses: PlannedClause[]): TextRange[] {
    return section.editorialTitle ? [] : matchRanges(section.title, clauses, 'title');
  }
}

/** Plain words required, except stop words when there are other words (`the UPR` needs only `UPR`). */
function required(clauses: PlannedClause[]): PlannedClause[] {
  const plain = clauses.filter((clause): clause is PlannedTerm => clause.kind === 'term' && clause.source.plain);
  const allStopWords = plain.every((clause) => clause.source.stopWord);
  return clauses.map((clause) =>
    clause.kind === 'term' && clause.source.plain ? { ...clause, presence: clause.source.stopWord && !allStopWords ? 'optional' : 'required' } : clause,
  );
}

/** A plain stop word (`the`, `all`): the strategy weighs it lightly. */
function isStopWordClause(clause: PlannedClause): boolean {
  return clause.kind === 'term' && clause.source.plain && clause.source.stopWord;
}

/**
 * The clauses to highlight: all but excluded ones (match-ranges skips those) and stop words that
 * were optional next to other words, which would mark every `the` of a passage.
 */
function highlighted(clauses: PlannedClause[]): PlannedClause[] {
  const content = clauses.some((clause) => clause.presence !== 'excluded' && !isStopWordClause(clause));
  return content ? clauses.filter((clause) => !(isStopWordClause(clause) && clause.presence === 'optional')) : clauses;
}

/** One word of a relaxed phrase: a plain word, as if typed without quotes. */
function relaxedWord(field: PlannedTerm['field'], term: string): PlannedTerm {
  const stopWord = isStopWord(term);
  const source: TermClause = {
    kind: 'term',
    term,
    display: term,
    presence: 'optional',
    plain: true,
    stopWord,
    prefix: false,
    completion: false,
    editDistance: 0,
    titleOnly: field === 'title',
  };
  return { kind: 'term', field, terms: [term], presence: 'optional', boost: stopWord ? STOP_WORD_BOOST : 1, source };
}

function quoteList(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}
