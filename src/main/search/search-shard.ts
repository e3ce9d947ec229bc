/**
 * Search over one document's index shard, in the document's language: runs parsed clauses through
 * the compact index (via index-evaluator, which scores as Lunr does without Lunr's objects),
 * checks what Lunr cannot (the order of a phrase's words), resolves prefixes, a phrase's last word
 * being typed, hyphenated words (joined and apart) and corrections against the document's own vocabulary, and turns a paragraph into a hit with its snippet and
 * highlight ranges. Also what the ranking reads from the document (passage-ranking.ts, heading-matches.ts):
 * where words stand, sections and their headings. The search strategy across documents is search-service.ts's.
 */
import type { HitHighlight, SearchHit } from '../../shared/contract/search';
import type { CorpusDocument } from '../../shared/corpus-types';
import { indexedParagraphs, type IndexedParagraph } from '../corpus/paragraph-ordinals';
import { analyzerFor, type TextAnalyzer } from '../text/text-analysis';
import { headingMatches, sectionsByTerm, type HeadedSection, type HeadingIndex } from './heading-matches';
import { IndexEvaluator, type EvaluatedClause, type ScoredParagraphs } from './index-evaluator';
import { matchRanges } from './match-ranges';
import {
  parseQuery,
  type ParsedQuery,
  type PhraseClause,
  type QueryClause,
  type QuerySyntax,
  type TermClause,
} from './query-parser';
import { rankPassages, type RankedDocument, type RankedPassage } from './passage-ranking';
import { queryWords } from './query-words';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
import { MAX_FUZZY_WORDS, MAX_PREFIX_TERMS, shortestTerms, type SearchRun } from './search-budget';
import type { ShardIndex } from './shard-index';
import { makeSnippet } from './snippet';
import type { Vocabulary } from './vocabulary';

/** Shortest word that is retried with edit distance 1 when nothing matches exactly. */
const FUZZY_MIN_LENGTH = 4;
/** Most terms a prefix stands for when the ranking measures where its words stand (the shortest). */
const MAX_RANKED_PREFIX_TERMS = 16;

/** One run of the strategy on a shard: the clauses as run (prefixes resolved) and the paragraphs they found. */
export interface Attempt {
  clauses: QueryClause[];
  found: ScoredParagraphs;
}

/** One document's index, vocabulary and paragraphs, queried in the document's language. */
export class SearchShard {
  /** The document's language analysis: queries against this shard are parsed with it. */
  readonly analyzer: TextAnalyzer;
  private readonly evaluator: IndexEvaluator;
  private readonly paragraphs: IndexedParagraph[];
  /** What the ranking and the heading matches read from the document: where words stand, sections, headings. */
  private readonly reading: RankedDocument & Omit<HeadingIndex, 'scoreOrdinals'>;
  /** The sections whose heading holds each term (for the heading boost and matches), made on first use. */
  private headingTerms: Map<string, HeadedSection[]> | undefined;

  constructor(
    readonly document: CorpusDocument,
    index: ShardIndex,
    readonly vocabulary: Vocabulary,
  ) {
    this.analyzer = analyzerFor(document.language);
    this.paragraphs = indexedParagraphs([document]);
    this.evaluator = new IndexEvaluator(index);
    const sections = new Map(document.sections.map((section, index) => [section, index]));
    const sectionIndex = Int32Array.from(this.paragraphs, ({ section }) => sections.get(section)!);
    const sectionsHolding = (stem: string): readonly HeadedSection[] => {
      // The sections whose heading is indexed (not editorial ones), as ranges of passage ordinals.
      this.headingTerms ??= sectionsByTerm(
        this.paragraphs.flatMap(({ section, paragraph }, ordinal) =>
          !section.editorialTitle && paragraph === section.paragraphs[0]
            ? [
                {
                  heading: section.title,
                  section: sectionIndex[ordinal]!,
                  first: ordinal,
                  end: ordinal + section.paragraphs.length,
                },
              ]
            : [],
        ),
        (text) => this.analyzer.tokenize(text).map((token) => token.term),
      );
      return this.headingTerms.get(stem) ?? [];
    };
    const holders = new Map<string, Set<number>>();
    this.reading = {
      wordNumbersOfAny: (terms, field) => this.evaluator.wordNumbersOfAny(terms, field),
      holds: (term, field, ordinal) => this.evaluator.holds(term, field, ordinal),
      sectionOf: (ordinal) => sectionIndex[ordinal]!,
      sections: document.sections.length,
      sectionsHolding,
      headingsHolding: (stem) => sectionsHolding(stem).length,
      headingHolds: (stem, section) => {
        let holding = holders.get(stem);
        if (!holding) {
          holding = new Set(sectionsHolding(stem).map((headed) => headed.section));
          holders.set(stem, holding);
        }
        return holding.has(section);
      },
    };
  }

  /** The query (or its syntax, read once for all documents) parsed in this document's language. */
  parse(query: string | QuerySyntax): ParsedQuery {
    return parseQuery(query, this.analyzer);
  }

  /** A paragraph of the document by its ordinal in the document (the index reference). */
  paragraphAt(ordinal: number): IndexedParagraph | undefined {
    return this.paragraphs[ordinal];
  }

  /** True when no passage holds the word (nor, for a word being typed, any word it starts). */
  isUnknown(clause: TermClause): boolean {
    if (
      clause.presence === 'excluded' ||
      clause.editDistance > 0 ||
      clause.prefix ||
      clause.alternatives ||
      clause.display.length < FUZZY_MIN_LENGTH
    )
      return false;
    if (clause.completion) return this.vocabulary.stemsWithPrefix(clause.display).length === 0;
    return !this.evaluator.has(clause.term);
  }

  /**
   * Paragraphs the index finds for the clauses that also hold their phrases, with the clauses as
   * run. A hyphenated word (`human-rights`) is looked for both ways: joined (which also finds the
   * hyphenated and the one-word spellings) and as its parts written apart ("human rights").
   */
  run(asked: QueryClause[], search: SearchRun, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): Attempt {
    // Out of time: this document is not searched at all (the answer is what the others found).
    // Out of time, or nothing the clauses ask for is in the document: nothing is resolved or
    // evaluated (a long query of misspelt words over hundreds of documents finds nothing in most).
    if (search.budget.spent() || this.findsNothing(asked))
      return { clauses: asked, found: { ordinals: new Int32Array(0), scores: new Float64Array(0) } };
    const clauses = asked.map((clause) =>
      clause.kind === 'term' ? this.resolve(clause, search) : this.resolvePhrase(clause),
    );
    const found = this.find(clauses, search, weights);
    const split = clauses.some(
      (clause) => clause.kind === 'term' && clause.hyphenParts && clause.presence !== 'excluded',
    );
    if (!split) return { clauses, found };
    const apart = clauses.map((clause) =>
      clause.kind === 'term' && clause.hyphenParts && clause.presence !== 'excluded'
        ? { ...clause.hyphenParts, presence: clause.presence === 'optional' ? ('optional' as const) : clause.presence }
        : clause,
    );
    return {
      clauses: [...clauses, ...apart.filter((clause) => !clauses.includes(clause))],
      found: union(found, this.find(apart, search, weights)),
    };
  }

  /**
   * True when the clauses can match no passage of the document: a required clause, or every clause
   * looked for, holds no term of the index (the evaluator would find nothing, and a heading stands
   * in only for words the index holds in its `title` field). Decided before anything is resolved.
   */
  private findsNothing(clauses: readonly QueryClause[]): boolean {
    let someMayMatch = false;
    for (const clause of clauses) {
      if (clause.presence === 'excluded') continue;
      const may = this.mayMatch(clause);
      if (!may && clause.presence === 'required') return true;
      someMayMatch ||= may;
    }
    return !someMayMatch;
  }

  /**
   * False only when the clause, once resolved, stands for no term of the index: a word (or every
   * word it stands for) the index lacks, a prefix no term starts. True when unsure (phrases,
   * hyphenated words, `word~N` not yet expanded).
   */
  private mayMatch(clause: QueryClause): boolean {
    if (clause.kind === 'phrase' || clause.hyphenParts || (clause.editDistance > 0 && !clause.alternatives))
      return true;
    if (clause.alternatives) return clause.alternatives.some((term) => this.evaluator.has(term));
    if (clause.prefix || clause.completion)
      return (
        this.evaluator.has(clause.term) ||
        this.vocabulary.hasPrefix(clause.display) ||
        this.evaluator.hasTermWithPrefix(clause.term)
      );
    return this.evaluator.has(clause.term);
  }

  /**
   * The `limit` best passages an attempt found, best first: Lunr's scores boosted where the
   * query's words stand together and where the section heading holds them (passage-ranking.ts).
   * Those whose boosted score stays below `floor` (the best of other documents) are left out.
   */
  ranked(
    attempt: Attempt,
    limit: number,
    weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
    floor = -Infinity,
  ): RankedPassage[] {
    const words = queryWords(
      attempt.clauses,
      (clause) => shortestTerms(this.termsOf(clause), MAX_RANKED_PREFIX_TERMS),
      this.analyzer.isStopWord,
    );
    return rankPassages(attempt.found, limit, words, this.reading, weights, floor);
  }

  /** The paragraphs the index finds for resolved clauses, phrases checked for their order. */
  private find(clauses: QueryClause[], search: SearchRun, weights: RankingWeights): ScoredParagraphs {
    const evaluated = clauses.map((clause) => this.evaluated(clause, search, weights));
    const flat = evaluated.flat();
    let candidates = this.evaluator.evaluate(flat, search.budget);
    // With the heading boost on, a section heading may stand in for a required word (heading-matches.ts).
    if (weights.sectionTitle > 0)
      candidates = union(
        candidates,
        headingMatches(flat, requiredWords(clauses, evaluated), candidates, {
          ...this.reading,
          scoreOrdinals: (asked, chosen) => this.evaluator.scoreOrdinals(asked, chosen, search.budget),
        }),
      );
    // Lunr has no phrases: their words were required; their order is checked here.
    return clauses.reduce(
      (scored, clause) =>
        clause.kind === 'phrase'
          ? this.evaluator.withSequence(
              scored,
              phraseField(clause),
              phrasePositions(clause),
              clause.presence !== 'excluded',
            )
          : scored,
      candidates,
    );
  }

  /** A phrase whose last word is still being typed (`"special rapp`): that word stands for the document's words it starts. */
  private resolvePhrase(phrase: PhraseClause): PhraseClause {
    const last = phrase.terms.at(-1);
    const typed = phrase.words.at(-1);
    if (!phrase.completion || phrase.lastAlternatives || !last || !typed || this.evaluator.has(last)) return phrase;
    const stems = this.vocabulary.stemsWithPrefix(typed);
    return stems.length > 0 ? { ...phrase, lastAlternatives: stems } : phrase;
  }

  /**
   * Words of the document one edit from a word, mapped to their stems. Compared unstemmed:
   * `constrctive` is one letter from `constrictive`, but its stem is three from `constrict`.
   * A word still being typed is compared with the starts of words (`constrc` → `constrictive`).
   */
  similarWords(clause: TermClause, search: SearchRun): Map<string, string> {
    return this.vocabulary.nearby(clause.display, 1, {
      starts: clause.completion,
      except: clause.display,
      limit: MAX_FUZZY_WORDS,
      budget: search.budget,
    });
  }

  /** The hit for a found paragraph: snippet and highlights from the clauses as run. */
  hit(ordinal: number, score: number, clauses: QueryClause[]): SearchHit {
    const { document, section, paragraph } = this.paragraphAt(ordinal)!;
    const parts = [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items];
    const highlights: HitHighlight[] = parts
      .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body', this.analyzer) }))
      .filter((highlight) => highlight.ranges.length > 0);
    // The snippet comes from the part (paragraph or list item) with the most matches.
    const best = highlights.reduce<HitHighlight | undefined>(
      (top, highlight) => (!top || highlight.ranges.length > top.ranges.length ? highlight : top),
      undefined,
    );
    const source = best ? parts.find((part) => part.id === best.partId)! : parts[0]!;
    const snippet = makeSnippet(source.text, best?.ranges ?? []);
    return {
      documentId: document.id,
      language: document.language,
      sectionId: section.id,
      sectionTitle: section.title,
      paragraphId: paragraph.id,
      paragraphNumber: paragraph.number,
      score: Math.round(score * 1000) / 1000,
      snippet: snippet.text,
      snippetRanges: snippet.ranges,
      snippetPartId: source.id,
      highlights,
      sectionTitleRanges: matchRanges(section.title, clauses, 'title', this.analyzer),
    };
  }

  /**
   * A parsed clause as the index evaluates it. A phrase requires its words (their order is checked
   * afterwards); "any of these stems" (corrections, `word~N`) and a prefix are one clause holding
   * every term they stand for; stop words weigh less (`weights.stopWord`).
   */
  private evaluated(clause: QueryClause, search: SearchRun, weights: RankingWeights): EvaluatedClause[] {
    if (clause.kind === 'phrase') {
      if (clause.presence === 'excluded') return [];
      return phrasePositions(clause).map((terms) => ({
        terms,
        fields: [phraseField(clause)],
        presence: 'required',
        boost: 1,
      }));
    }
    const fields = clause.titleOnly ? ['title'] : clause.prefix ? ['body'] : ['body', 'joined'];
    let terms = this.termsOf(clause);
    if (terms.length > MAX_PREFIX_TERMS) {
      search.capped.add(`${clause.display}*`);
      terms = shortestTerms(terms, MAX_PREFIX_TERMS);
    }
    return [{ terms, fields, presence: clause.presence, boost: clause.stopWord ? weights.stopWord : 1 }];
  }

  /** The index terms a resolved term clause stands for: its alternatives, a prefix's terms, or its stem. */
  private termsOf(clause: TermClause): string[] {
    return clause.alternatives ?? (clause.prefix ? this.evaluator.termsWithPrefix(clause.term) : [clause.term]);
  }

  /** Prepares a term for Lunr: prefixes resolved, `word~N` turned into the document's words N edits away. */
  private resolve(clause: TermClause, search: SearchRun): TermClause {
    if (clause.editDistance > 0 && !clause.alternatives) {
      const near = this.vocabulary.nearby(clause.display, clause.editDistance, {
        limit: MAX_FUZZY_WORDS + 1,
        budget: search.budget,
      });
      if (near.size > MAX_FUZZY_WORDS) search.capped.add(`${clause.display}~${clause.editDistance}`);
      const alternatives = [clause.term, ...[...near.values()].slice(0, MAX_FUZZY_WORDS)];
      return { ...clause, alternatives: [...new Set(alternatives)], completion: false };
    }
    return this.resolvePrefix(clause);
  }

  /**
   * Turns a prefix (`word*`, or a word still being typed that is not a whole word of the index)
   * into one Lunr wildcard term: the common start of the stems of the document's words that begin
   * with what was typed. Stemming the typed fragment itself would miss: `internati` → `intern*`.
   */
  private resolvePrefix(clause: TermClause): TermClause {
    if (clause.alternatives) return clause;
    const typedWhole = clause.completion && !clause.prefix && this.evaluator.has(clause.term);
    if (!clause.prefix && (!clause.completion || typedWhole)) return { ...clause, completion: false };
    const stems = this.vocabulary.stemsWithPrefix(clause.display);
    return { ...clause, term: stems.length > 0 ? commonStart(stems) : clause.term, prefix: true, completion: false };
  }
}

/** The stems each word of a phrase may be, in order (the last one several while it is being typed). */
function phrasePositions(phrase: PhraseClause): string[][] {
  return phrase.terms.map((term, i) =>
    i === phrase.terms.length - 1 && phrase.lastAlternatives ? phrase.lastAlternatives : [term],
  );
}

/**
 * The indexes, among the evaluated clauses (`evaluated[i]` are clause i's), of the query's required
 * words a heading may stand in for: terms of the text, not stop words.
 */
function requiredWords(clauses: readonly QueryClause[], evaluated: readonly EvaluatedClause[][]): number[] {
  const words: number[] = [];
  let at = 0;
  clauses.forEach((clause, i) => {
    if (clause.kind === 'term' && clause.presence === 'required' && !clause.titleOnly && !clause.stopWord)
      words.push(at);
    at += evaluated[i]!.length;
  });
  return words;
}

/** The paragraphs found by either of two runs, each with its better score, in ordinal order. */
function union(a: ScoredParagraphs, b: ScoredParagraphs): ScoredParagraphs {
  if (b.ordinals.length === 0) return a;
  if (a.ordinals.length === 0) return b;
  const scores = new Map<number, number>();
  for (const found of [a, b])
    found.ordinals.forEach((ordinal, i) => scores.set(ordinal, Math.max(scores.get(ordinal) ?? 0, found.scores[i]!)));
  const ordinals = Int32Array.from([...scores.keys()].sort((x, y) => x - y));
  return { ordinals, scores: Float64Array.from(ordinals, (ordinal) => scores.get(ordinal)!) };
}

/** The field a phrase is looked for in. */
function phraseField(phrase: PhraseClause): 'title' | 'body' {
  return phrase.titleOnly ? 'title' : 'body';
}

/** The longest common start of some words (`['cooper', 'cooperat']` → `cooper`). */
function commonStart(words: string[]): string {
  let start = words[0]!;
  for (const word of words) while (!word.startsWith(start)) start = start.slice(0, -1);
  return start;
}
