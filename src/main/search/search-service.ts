/**
 * Full-text search over the corpus: parses the query (query-parser), asks the Lunr index for
 * candidates (through index-evaluator, which scores as Lunr does without its per-match cost),
 * checks what Lunr cannot (the order of a phrase's words), and returns hits with snippets
 * and highlight ranges. Strategy, so that a reader is never told "nothing" when the text is
 * there; the first attempt that finds something answers, and says which it was:
 *   1. every plain word required (stop words optional unless they are all there is);
 *   2. words no passage holds replaced by corpus words one edit away ("showing results for …");
 *   3. phrases found nowhere in that order relaxed to their words (and it says so);
 *   4. any of the plain words, best first ("no passage holds all of these words").
 */
import type lunr from 'lunr';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type HitHighlight,
  type SearchHit,
  type SearchResponse,
  type SectionHighlights,
} from '../../shared/contract/search';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from '../corpus/corpus-store';
import { IndexEvaluator, topScored, type EvaluatedClause, type ScoredParagraphs } from './index-evaluator';
import { matchRanges, withinEditDistance } from './match-ranges';
import {
  isStopWord,
  parseQuery,
  MAX_CLAUSES,
  type PhraseClause,
  type QueryClause,
  type TermClause,
} from './query-parser';
import { makeSnippet } from './snippet';
import type { Vocabulary } from './vocabulary';
import { languageName, listInEnglish, scriptsOf } from './writing-scripts';

/** Shortest word that is retried with edit distance 1 when nothing matches exactly. */
const FUZZY_MIN_LENGTH = 4;

/** One run of the strategy: the clauses as run (prefixes resolved) and the paragraphs they found. */
interface Attempt {
  clauses: QueryClause[];
  found: ScoredParagraphs;
}

/** Answers search queries from a loaded index and the corpus it was built from. */
export class SearchService {
  private readonly evaluator: IndexEvaluator;
  /** The scripts the corpus is written in (worked out the first time a search finds nothing). */
  private corpusScripts: Set<string> | undefined;

  constructor(
    index: lunr.Index,
    private readonly vocabulary: Vocabulary,
    private readonly store: CorpusStore,
  ) {
    this.evaluator = new IndexEvaluator(index, store.paragraphCount);
  }

  /**
   * Searches; never throws for any input string. A query with nothing to look for (only
   * punctuation, or only exclusions) is a `bad-query` error with a message for the reader.
   */
  search(query: string, limit = DEFAULT_SEARCH_LIMIT): Result<SearchResponse> {
    const outcome = this.execute(query);
    if (!outcome.ok) return outcome;
    const { attempt, notices } = outcome.value;
    return ok({
      query,
      hits: this.hits(attempt, limit),
      total: attempt.found.ordinals.length,
      notice: notices.join(' ') || null,
    });
  }

  /**
   * Every hit of `query` inside one section, in reading order: the same passages and words the
   * search matched, for highlighting the whole reading pane (not only the first `limit` hits).
   */
  highlightSection(query: string, documentId: string, sectionId: string): Result<SectionHighlights> {
    const view = this.store.getSection(documentId, sectionId);
    if (!view) return fail('not-found', `Document '${documentId}' has no section '${sectionId}'.`);
    const outcome = this.execute(query);
    if (!outcome.ok) return outcome;
    const { found } = outcome.value.attempt;
    const clauses = highlighted(outcome.value.attempt.clauses);
    const matched = new Set<string>();
    for (const ordinal of found.ordinals) {
      const located = this.store.paragraphAt(ordinal);
      if (located?.document.id === documentId && located.section.id === sectionId) matched.add(located.paragraph.id);
    }
    const parts = view.section.paragraphs
      .filter((paragraph) => matched.has(paragraph.id))
      .flatMap((paragraph) => [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items])
      .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body') }))
      .filter((part) => part.ranges.length > 0);
    const titleRanges = matched.size > 0 ? matchRanges(view.section.title, clauses, 'title') : [];
    return ok({ query, documentId, sectionId, titleRanges, parts });
  }

  /**
   * Parses the query and runs the strategy: the first attempt that finds something answers, with
   * the notices the reader should see. An attempt that finds nothing is returned too (the last one).
   */
  private execute(query: string): Result<{ attempt: Attempt; notices: string[] }> {
    const { clauses, truncated, emptyScope } = parseQuery(query);
    if (clauses.length === 0 && emptyScope)
      return fail('bad-query', `Type a word after “${emptyScope}:” to search the section headings.`);
    if (clauses.length === 0)
      return fail('bad-query', 'There is no word to look for in this search: type letters or digits.');
    if (clauses.every((clause) => clause.presence === 'excluded')) {
      return fail('bad-query', 'Add a word to look for: a search made only of exclusions (-word) finds nothing.');
    }
    const answer = (attempt: Attempt, notices: string[]) => {
      if (truncated) notices.push(`Only the first ${MAX_CLAUSES} words were searched.`);
      return ok({ attempt, notices });
    };

    const plain = clauses.filter((clause) => clause.kind === 'term' && clause.plain);
    const allStopWords = plain.every((clause) => clause.kind === 'term' && clause.stopWord);
    const strict = clauses.map((clause) =>
      clause.kind === 'term' && clause.plain
        ? ({ ...clause, presence: clause.stopWord && !allStopWords ? 'optional' : 'required' } as const)
        : clause,
    );
    const first = this.run(strict);
    if (first.found.ordinals.length > 0) return answer(first, []);

    // Words no passage holds stand for the corpus words one edit away (any of them).
    const similar: string[] = [];
    const correct = (clause: QueryClause): QueryClause => {
      if (clause.kind !== 'term' || !this.isUnknown(clause)) return clause;
      const words = this.similarWords(clause);
      if (words.size === 0) return clause;
      similar.push(...words.keys());
      return { ...clause, alternatives: [...new Set(words.values())], completion: false };
    };
    let current = strict.map(correct);
    const notices: string[] = [];
    if (similar.length > 0) {
      notices.push(
        `No exact match; showing results for ${similar
          .slice(0, 5)
          .map((word) => `“${word}”`)
          .join(', ')}.`,
      );
      const attempt = this.run(current);
      if (attempt.found.ordinals.length > 0) return answer(attempt, notices);
    }

    const phrases = current.filter(
      (clause): clause is PhraseClause => clause.kind === 'phrase' && clause.presence === 'required',
    );
    if (phrases.length > 0) {
      current = current.flatMap((clause) =>
        phrases.includes(clause as PhraseClause) ? phraseWords(clause as PhraseClause) : [clause],
      );
      notices.push(
        `No passage has ${phrases.map((phrase) => `“${phrase.display}”`).join(', ')} in this order; showing passages with all its words.`,
      );
      const attempt = this.run(current);
      if (attempt.found.ordinals.length > 0) return answer(attempt, notices);
    }

    if (plain.length > 1 || phrases.length > 0) {
      // Plain words (and the words of relaxed phrases) optional: passages with some of them, best first. A stop word
      // only counts next to other words (`the` alone would match nearly every passage).
      const content = current.some((clause) => clause.presence !== 'excluded' && !isLooseStopWord(clause));
      const loose = current
        .filter((clause) => !(content && isLooseStopWord(clause)))
        .map((clause) =>
          clause.kind === 'term' && (clause.plain || clause.fromPhrase)
            ? { ...clause, presence: 'optional' as const }
            : clause,
        );
      const attempt = this.run(loose);
      if (attempt.found.ordinals.length > 0)
        return answer(attempt, [...notices, 'No passage holds all of these words; showing the best partial matches.']);
    }
    return answer(first, [this.nothingFound(query)]);
  }

  /**
   * What to say when nothing matches: when the words typed are in a script none of the documents
   * is written in (Cyrillic typed over English documents), which languages the documents are in.
   */
  private nothingFound(query: string): string {
    const shown = `“${query.trim().slice(0, 80)}”`;
    const typed = scriptsOf(query);
    this.corpusScripts ??= scriptsOf([...this.vocabulary.wordsWhere(() => true).keys()].join(' '));
    const known = this.corpusScripts;
    if (typed.size === 0 || [...typed].some((script) => known.has(script))) return `No passage matches ${shown}.`;
    const languages = [...new Set(this.store.listDocuments().map((document) => languageName(document.language)))];
    return `No passage matches ${shown}: it is written in ${listInEnglish([...typed])} script, and the documents searched are in ${listInEnglish(languages)}.`;
  }

  /** True when no passage holds the word (nor, for a word being typed, any word it starts). */
  private isUnknown(clause: TermClause): boolean {
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
  private run(asked: QueryClause[]): Attempt {
    const clauses = asked.map((clause) => (clause.kind === 'term' ? this.resolve(clause) : this.resolvePhrase(clause)));
    const found = this.find(clauses);
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
      found: union(found, this.find(apart)),
    };
  }

  /** The paragraphs the index finds for resolved clauses, phrases checked for their order. */
  private find(clauses: QueryClause[]): ScoredParagraphs {
    const candidates = this.evaluator.evaluate(clauses.flatMap((clause) => this.evaluated(clause)));
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

  /** A phrase whose last word is still being typed (`"special rapp`): that word stands for the corpus words it starts. */
  private resolvePhrase(phrase: PhraseClause): PhraseClause {
    const last = phrase.terms.at(-1);
    const typed = phrase.words.at(-1);
    if (!phrase.completion || phrase.lastAlternatives || !last || !typed || this.evaluator.has(last)) return phrase;
    const stems = this.vocabulary.stemsWithPrefix(typed);
    return stems.length > 0 ? { ...phrase, lastAlternatives: stems } : phrase;
  }

  /**
   * A parsed clause as the index evaluates it. A phrase requires its words (their order is checked
   * afterwards); "any of these stems" (corrections, `word~N`) and a prefix are one clause holding
   * every term they stand for; stop words weigh less.
   */
  private evaluated(clause: QueryClause): EvaluatedClause[] {
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
    const terms = clause.alternatives ?? (clause.prefix ? this.evaluator.termsWithPrefix(clause.term) : [clause.term]);
    return [{ terms, fields, presence: clause.presence, boost: clause.stopWord ? 0.2 : 1 }];
  }

  /** Prepares a term for Lunr: prefixes resolved, `word~N` turned into the corpus words N edits away. */
  private resolve(clause: TermClause): TermClause {
    if (clause.editDistance > 0 && !clause.alternatives) {
      const near = this.vocabulary.wordsWhere((word) => withinEditDistance(word, clause.display, clause.editDistance));
      return { ...clause, alternatives: [...new Set([clause.term, ...near.values()])], completion: false };
    }
    return this.resolvePrefix(clause);
  }

  /**
   * Turns a prefix (`word*`, or a word still being typed that is not a whole word of the index)
   * into one Lunr wildcard term: the common start of the stems of the corpus words that begin with
   * what was typed. Stemming the typed fragment itself would miss: `internati` → `intern*`.
   */
  private resolvePrefix(clause: TermClause): TermClause {
    if (clause.alternatives) return clause;
    const typedWhole = clause.completion && !clause.prefix && this.evaluator.has(clause.term);
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
      return [typed.length - 1, typed.length, typed.length + 1].some((length) =>
        withinEditDistance(word.slice(0, length), typed, 1),
      );
    });
  }

  private hits(attempt: Attempt, limit: number): SearchHit[] {
    const clauses = highlighted(attempt.clauses);
    return topScored(attempt.found, Math.max(1, Math.min(limit, MAX_SEARCH_LIMIT))).map(({ score, ordinal }) => {
      const { document, section, paragraph } = this.store.paragraphAt(ordinal)!;
      const parts = [{ id: paragraph.id, text: paragraph.text }, ...paragraph.items];
      const highlights: HitHighlight[] = parts
        .map((part) => ({ partId: part.id, ranges: matchRanges(part.text, clauses, 'body') }))
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
        sectionId: section.id,
        sectionTitle: section.title,
        paragraphId: paragraph.id,
        paragraphNumber: paragraph.number,
        score: Math.round(score * 1000) / 1000,
        snippet: snippet.text,
        snippetRanges: snippet.ranges,
        snippetPartId: source.id,
        highlights,
        sectionTitleRanges: matchRanges(section.title, clauses, 'title'),
      };
    });
  }
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
function phraseWords(phrase: PhraseClause): TermClause[] {
  return phrase.terms.map((term, i) => ({
    kind: 'term',
    term,
    display: phrase.words[i] ?? term,
    presence: 'required',
    plain: false,
    fromPhrase: true,
    stopWord: isStopWord(phrase.words[i] ?? term),
    prefix: false,
    completion: false,
    editDistance: 0,
    titleOnly: phrase.titleOnly,
    alternatives: null,
  }));
}

/** The stems each word of a phrase may be, in order (the last one several while it is being typed). */
function phrasePositions(phrase: PhraseClause): string[][] {
  return phrase.terms.map((term, i) =>
    i === phrase.terms.length - 1 && phrase.lastAlternatives ? phrase.lastAlternatives : [term],
  );
}

/** The paragraphs found by either of two runs, each with its better score, in ordinal order. */
function union(a: ScoredParagraphs, b: ScoredParagraphs): ScoredParagraphs {
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
