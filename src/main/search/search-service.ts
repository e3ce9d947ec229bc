/**
 * Full-text search over the library: every document in scope (one document, one language, or all)
 * is searched through its own index shard, with the query analysed as that document's language
 * (search-shard.ts), and the hits are merged: passages in the language the query fits first
 * (document-fit.ts: a Russian query shows Russian passages first), then by score. Strategy, so that a reader is never told "nothing" when the
 * text is there; the first attempt that finds something in any document answers, and says which
 * it was:
 *   1. every plain word required (stop words optional unless they are all there is; a section
 *      heading holding a rare word of the query stands in for the words it holds: heading-matches.ts);
 *   2. words no passage holds replaced by words one edit away ("showing results for …");
 *   3. phrases found nowhere in that order relaxed to their words (and it says so);
 *   4. any of the plain words, best first ("no passage holds all of these words").
 */
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchHit,
  type SearchResponse,
  type SectionHighlights,
} from '../../shared/contract/search';
import type { CorpusDocument } from '../../shared/corpus-types';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from '../corpus/corpus-store';
import { correctUnknownWords, type PlannedRun } from './corrections';
import { compareFit, scriptShare, wordShare, type DocumentFit } from './document-fit';
import type { IndexShards } from './index-shards';
import { matchRanges } from './match-ranges';
import {
  MAX_CLAUSES,
  readQuerySyntax,
  type ParsedQuery,
  type PhraseClause,
  type QueryClause,
  type TermClause,
} from './query-parser';
import { SEARCH_TIME_BUDGET_MS, SearchBudget, type SearchRun } from './search-budget';
import type { Attempt, SearchShard } from './search-shard';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
import { languageName } from '../../shared/language-script';
import { listInEnglish, scriptsOf } from './writing-scripts';

/** Which documents a search looks in: one, those in one language, or (neither given) all of them. */
export interface SearchScope {
  documentId?: string;
  /** A BCP 47 tag or its prefix: `zh` takes `zh` and `zh-Hant`, `en` takes `en-GB`. */
  language?: string;
}

/** A search's options: its scope and how many hits to return. */
export interface SearchOptions extends SearchScope {
  limit?: number;
}

/** What one search may cost (defaults in search-budget.ts); tests pass their own clock. */
export interface SearchLimits {
  timeBudgetMs?: number;
  clock?: () => number;
}

/** A shard with the query parsed in its language, and what one attempt of the strategy found there. */
interface ShardRun {
  shard: SearchShard;
  parsed: ParsedQuery;
  attempt: Attempt;
}

/** Answers search queries from the library's index shards and the corpus they were built from. */
export class SearchService {
  constructor(
    private readonly shards: IndexShards,
    private readonly store: CorpusStore,
    private readonly limits: SearchLimits = {},
    /** The ranking's weights (ranking-weights.ts); tests set one to 0 to show what it does. */
    private readonly weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
  ) {}

  /** Each document's place in the corpus (made once: the corpus never changes under a service). */
  private documentOrder: Map<string, number> | null = null;

  /**
   * Searches the documents in scope (all by default); never throws for any input string. A query
   * with nothing to look for (only punctuation, or only exclusions) is a `bad-query` error with a
   * message for the reader; a scope naming no document is `not-found`.
   */
  search(query: string, { limit = DEFAULT_SEARCH_LIMIT, ...scope }: SearchOptions = {}): Result<SearchResponse> {
    const documents = this.documentsIn(scope);
    if (!documents.ok) return documents;
    const outcome = this.execute(query, documents.value);
    if (!outcome.ok) return outcome;
    const { runs, notices } = outcome.value;
    return ok({
      query,
      hits: this.hits(query, runs, Math.max(1, Math.min(limit, MAX_SEARCH_LIMIT))),
      total: runs.reduce((sum, run) => sum + run.attempt.found.ordinals.length, 0),
      notice: notices.join(' ') || null,
    });
  }

  /**
   * Every hit of `query` inside one section, in reading order: the same passages and words a
   * search of the same scope (all documents by default) matched there, for highlighting the whole
   * reading pane (not only the first `limit` hits).
   */
  highlightSection(
    query: string,
    documentId: string,
    sectionId: string,
    scope: SearchScope = {},
  ): Result<SectionHighlights> {
    const view = this.store.getSection(documentId, sectionId);
    if (!view) return fail('not-found', `Document '${documentId}' has no section '${sectionId}'.`);
    const documents = this.documentsIn(scope);
    if (!documents.ok) return documents;
    const outcome = this.execute(query, documents.value);
    if (!outcome.ok) return outcome;
    const run = outcome.value.runs.find((candidate) => candidate.shard.document.id === documentId);
    const clauses = run ? highlighted(run.attempt.clauses) : [];
    const matched = new Set<string>();
    for (const ordinal of run?.attempt.found.ordinals ?? []) {
      const located = run!.shard.paragraphAt(ordinal);
      if (located?.section.id === sectionId) matched.add(located.paragraph.id);
    }
    const analyzer = run?.shard.analyzer;
    const parts = view.section.paragraphs
      .filter((paragraph) => matched.has(paragraph.id))
      .flatMap((paragraph) => [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items])
      .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body', analyzer) }))
      .filter((part) => part.ranges.length > 0);
    const titleRanges = matched.size > 0 ? matchRanges(view.section.title, clauses, 'title', analyzer) : [];
    return ok({ query, documentId, sectionId, titleRanges, parts });
  }

  /** The documents a scope names, in corpus order; `not-found` (naming what there is) when none. */
  private documentsIn({ documentId, language }: SearchScope): Result<CorpusDocument[]> {
    let documents = this.store.file.documents;
    if (documentId !== undefined) {
      const document = this.store.getDocument(documentId);
      if (!document) return fail('not-found', `There is no document '${documentId}'.`);
      documents = [document];
    }
    if (language !== undefined) {
      const wanted = language.toLowerCase();
      const inLanguage = documents.filter((document) => {
        const tag = document.language.toLowerCase();
        return tag === wanted || tag.startsWith(`${wanted}-`);
      });
      if (inLanguage.length === 0) {
        const languages = [...new Set(this.store.file.documents.map((document) => document.language))];
        return fail(
          'not-found',
          documentId !== undefined
            ? `Document '${documentId}' is in '${documents[0]!.language}', not '${language}'.`
            : `There is no document in '${language}'. Languages: ${languages.join(', ')}.`,
        );
      }
      documents = inLanguage;
    }
    return ok(documents);
  }

  /**
   * Parses the query in each document's language and runs the strategy over all of them: the first
   * attempt that finds something anywhere answers, with the notices the reader should see. An
   * attempt that finds nothing is returned too (the first one).
   */
  private execute(query: string, documents: CorpusDocument[]): Result<{ runs: ShardRun[]; notices: string[] }> {
    // Shards are loaded (or rebuilt) on first use, before the search's own time budget starts:
    // loading is a one-off cost of opening the library, not of this query.
    const shards = documents.map((document) => this.shards.shard(document));
    const search: SearchRun = {
      budget: new SearchBudget(this.limits.timeBudgetMs ?? SEARCH_TIME_BUDGET_MS, this.limits.clock),
      capped: new Set(),
    };
    // The syntax read once; the words analysed once per language analysis (languages analysed
    // alike share one: text-analysis.ts `analysisKey`), not once per document.
    const syntax = readQuerySyntax(query);
    const parses = new Map<string, ParsedQuery>();
    const parsed = shards.map((shard) => {
      const key = shard.analyzer.analysisKey(query);
      let parse = parses.get(key);
      if (!parse) parses.set(key, (parse = shard.parse(syntax)));
      return parse;
    });
    // Whether there is anything to look for does not depend on the language: the first parse says.
    const { clauses, emptyScope } = parsed[0]!;
    if (clauses.length === 0 && emptyScope)
      return fail('bad-query', `Type a word after “${emptyScope}:” to search the section headings.`);
    if (clauses.length === 0)
      return fail('bad-query', 'There is no word to look for in this search: type letters or digits.');
    if (clauses.every((clause) => clause.presence === 'excluded')) {
      return fail('bad-query', 'Add a word to look for: a search made only of exclusions (-word) finds nothing.');
    }
    const answer = (runs: ShardRun[], notices: string[]) => {
      if (parsed.some((query) => query.truncated)) notices.push(`Only the first ${MAX_CLAUSES} words were searched.`);
      if (search.capped.size > 0)
        notices.push(
          `${[...search.capped]
            .slice(0, 3)
            .map((word) => `“${word}”`)
            .join(', ')} matches too many words: only the closest were searched; type more of it to narrow the search.`,
        );
      if (search.budget.cut)
        notices.push(
          'This search took too long and was stopped: these are the passages found so far. Type more of each word to narrow it.',
        );
      return ok({ runs, notices });
    };
    const attempt = (planned: PlannedRun[]): ShardRun[] =>
      planned.map(({ shard, parsed, clauses }) => ({
        shard,
        parsed,
        attempt: shard.run(clauses, search, this.weights),
      }));
    const foundAny = (runs: ShardRun[]) => runs.some((run) => run.attempt.found.ordinals.length > 0);
    /** The time is up: the best attempt so far answers (the first, unless a later one found something). */
    const outOfTime = (): boolean => search.budget.spent();

    const strict = shards.map((shard, i) => ({ shard, parsed: parsed[i]!, clauses: strictClauses(parsed[i]!) }));
    const first = attempt(strict);
    if (foundAny(first) || outOfTime()) return answer(first, []);

    // Words no passage holds stand for the document's words one edit away (any of them), within bounds (corrections.ts).
    const corrections = correctUnknownWords(strict, search);
    const { similar } = corrections;
    let current = corrections.planned;
    const notices: string[] = [];
    const unfinished = corrections.unfinished
      ? ['There was no time to correct the words in every document: type fewer misspelt words.']
      : [];
    if (similar.length > 0) {
      notices.push(
        `No exact match; showing results for ${[...new Set(similar)]
          .slice(0, 5)
          .map((word) => `“${word}”`)
          .join(', ')}.`,
        ...unfinished,
      );
      const corrected = attempt(current);
      if (foundAny(corrected) || outOfTime()) return answer(corrected, notices);
    }

    const phrasesOf = current.map((plan) => requiredPhrases(plan.clauses));
    const phrases = phrasesOf.flat();
    if (phrases.length > 0) {
      current = current.map((plan, i) => ({
        ...plan,
        clauses: plan.clauses.flatMap((clause) =>
          phrasesOf[i]!.includes(clause as PhraseClause) ? phraseWords(clause as PhraseClause, plan.shard) : [clause],
        ),
      }));
      const displays = [...new Set(phrases.map((phrase) => phrase.display))];
      notices.push(
        `No passage has ${displays.map((display) => `“${display}”`).join(', ')} in this order; showing passages with all its words.`,
      );
      const relaxed = attempt(current);
      if (foundAny(relaxed) || outOfTime()) return answer(relaxed, notices);
    }

    // Plain words (and the words of relaxed phrases) optional: passages with some of them, best first.
    const loosened = current.filter(
      (plan, i) => plainClauses(plan.parsed.clauses).length > 1 || phrasesOf[i]!.length > 0,
    );
    if (loosened.length > 0) {
      const loose = attempt(loosened.map((plan) => ({ ...plan, clauses: looseClauses(plan.clauses) })));
      if (foundAny(loose))
        return answer(loose, [...notices, 'No passage holds all of these words; showing the best partial matches.']);
    }
    return answer(first, [nothingFound(query, documents), ...unfinished]);
  }

  /**
   * The best hits over every run. Languages first in the order of how they fit the query (see
   * document-fit.ts), a tie going to the language with more matching passages (a Russian `права`
   * matches every form of the word in Russian, only that spelling in Belarusian); within a
   * language, the documents' hits interleaved by score (Lunr's, boosted where the query's words
   * stand together and where a section heading holds them: passage-ranking.ts).
   */
  private hits(query: string, runs: ShardRun[], limit: number): SearchHit[] {
    // Not rebuilt per search: with 533 documents that map alone made a one-document search 1.4× slower.
    const order = (this.documentOrder ??= new Map(
      this.store.file.documents.map((document, index) => [document.id, index]),
    ));
    const languages = new Map<string, { fit: DocumentFit; found: number; first: number; runs: ShardRun[] }>();
    const scripts = new Map<string, number>();
    for (const run of runs) {
      if (run.attempt.found.ordinals.length === 0) continue;
      const { document } = run.shard;
      let script = scripts.get(document.language);
      if (script === undefined) scripts.set(document.language, (script = scriptShare(query, document.language)));
      const fit: DocumentFit = {
        script,
        words: wordShare(run.parsed.clauses, run.shard.vocabulary, correctedWords(run.attempt.clauses)),
      };
      const key = document.language.toLowerCase();
      const language = languages.get(key);
      const documentOrder = order.get(document.id)!;
      if (!language)
        languages.set(key, { fit, found: run.attempt.found.ordinals.length, first: documentOrder, runs: [run] });
      else {
        if (compareFit(fit, language.fit) < 0) language.fit = fit;
        language.found += run.attempt.found.ordinals.length;
        language.runs.push(run);
      }
    }
    const ranked = [...languages.values()].sort(
      (a, b) => compareFit(a.fit, b.fit) || b.found - a.found || a.first - b.first,
    );
    // Languages in their order, each until the hits are enough: only the best `limit` of the
    // first languages are ever sorted (not those of every document of a 532-language library).
    const best: Array<{ run: ShardRun; ordinal: number; score: number }> = [];
    for (const language of ranked) {
      const wanted = limit - best.length;
      if (wanted <= 0) break;
      // The documents' best merged as they come: once `wanted` are kept, the worst of them is a
      // floor the next documents' passages must reach to be boosted at all.
      let candidates: Array<{ run: ShardRun; ordinal: number; score: number; documentOrder: number }> = [];
      for (const run of language.runs) {
        const documentOrder = order.get(run.shard.document.id)!;
        const floor = candidates.length < wanted ? -Infinity : candidates[wanted - 1]!.score;
        for (const scored of run.shard.ranked(run.attempt, wanted, this.weights, floor))
          candidates.push({ ...scored, run, documentOrder });
        candidates.sort((a, b) => b.score - a.score || a.documentOrder - b.documentOrder || a.ordinal - b.ordinal);
        candidates = candidates.slice(0, wanted);
      }
      best.push(...candidates);
    }
    const marked = new Map<ShardRun, QueryClause[]>();
    return best.map(({ run, ordinal, score }) => {
      let clauses = marked.get(run);
      if (!clauses) marked.set(run, (clauses = highlighted(run.attempt.clauses)));
      return run.shard.hit(ordinal, score, clauses);
    });
  }
}

/**
 * What to say when nothing matches: when the words typed are in a script none of the documents
 * searched is written in (Cyrillic typed over English documents), which languages those are in.
 */
function nothingFound(query: string, documents: CorpusDocument[]): string {
  const shown = `“${query.trim().slice(0, 80)}”`;
  const typed = scriptsOf(query);
  // `scriptShare` is 1 for a query without letters or a language whose script is unknown: no notice then.
  if (typed.size === 0 || documents.some((document) => scriptShare(query, document.language) > 0))
    return `No passage matches ${shown}.`;
  const languages = [...new Set(documents.map((document) => languageName(document.language)))];
  return `No passage matches ${shown}: it is written in ${listInEnglish([...typed])} script, and the documents searched are in ${listInEnglish(languages)}.`;
}

/** The words (as typed) that the attempt's clauses replaced by corrections: `alternatives` without `~N`. */
function correctedWords(clauses: readonly QueryClause[]): Set<string> {
  const corrected = new Set<string>();
  for (const clause of clauses)
    if (clause.kind === 'term' && clause.alternatives && clause.editDistance === 0) corrected.add(clause.display);
  return corrected;
}

/** The plain words of a parsed query (typed without an operator). */
function plainClauses(clauses: QueryClause[]): QueryClause[] {
  return clauses.filter((clause) => clause.kind === 'term' && clause.plain);
}

/** The first attempt's clauses: plain words required, stop words optional unless they are all there is. */
function strictClauses({ clauses }: ParsedQuery): QueryClause[] {
  const allStopWords = plainClauses(clauses).every((clause) => clause.kind === 'term' && clause.stopWord);
  return clauses.map((clause) =>
    clause.kind === 'term' && clause.plain
      ? ({ ...clause, presence: clause.stopWord && !allStopWords ? 'optional' : 'required' } as const)
      : clause,
  );
}

/** The phrases that must be found. */
function requiredPhrases(clauses: QueryClause[]): PhraseClause[] {
  return clauses.filter((clause): clause is PhraseClause => clause.kind === 'phrase' && clause.presence === 'required');
}

/**
 * Plain words (and the words of relaxed phrases) optional: passages with some of them. A stop
 * word only counts next to other words (`the` alone would match nearly every passage).
 */
function looseClauses(clauses: QueryClause[]): QueryClause[] {
  const content = clauses.some((clause) => clause.presence !== 'excluded' && !isLooseStopWord(clause));
  return clauses
    .filter((clause) => !(content && isLooseStopWord(clause)))
    .map((clause) =>
      clause.kind === 'term' && (clause.plain || clause.fromPhrase)
        ? { ...clause, presence: 'optional' as const }
        : clause,
    );
}

/** A stop word typed as a plain word, or one of a relaxed phrase's words. */
function isLooseStopWord(clause: QueryClause): boolean {
  return clause.kind === 'term' && (clause.plain || clause.fromPhrase) && clause.stopWord;
}

/**
 * The clauses to highlight: stop words that were optional next to other words are left out, or
 * every `the` of a passage would be marked (and counted by next/previous hit).
 */
function highlighted(clauses: QueryClause[]): QueryClause[] {
  const content = clauses.some((clause) => clause.presence !== 'excluded' && !isLooseStopWord(clause));
  return content ? clauses.filter((clause) => !(isLooseStopWord(clause) && clause.presence === 'optional')) : clauses;
}

/** A phrase's words as required terms, for when no passage has them in that order. */
function phraseWords(phrase: PhraseClause, shard: SearchShard): TermClause[] {
  return phrase.terms.map((term, i) => ({
    kind: 'term',
    term,
    display: phrase.words[i] ?? term,
    presence: 'required',
    plain: false,
    fromPhrase: true,
    stopWord: shard.analyzer.isStopWord(phrase.words[i] ?? term),
    prefix: false,
    completion: false,
    editDistance: 0,
    titleOnly: phrase.titleOnly,
    alternatives: null,
  }));
}
