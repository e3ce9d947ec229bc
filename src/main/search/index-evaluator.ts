/**
 * Evaluates queries over a document's compact index (shard-index.ts, built from Lunr's index by
 * shard-format.ts) with Lunr's own matching and scoring, without Lunr's objects: Lunr builds the
 * index, this is how it is read.
 *
 * Why not `lunr.Index#query`: for every expanded term it builds string-keyed Sets and unions them
 * into the clause's matches (quadratic in the number of expansions), and it makes a MatchData
 * object per matching field of every paragraph. On the generated 10,000-section library a
 * two-letter prefix took 4 s and `human rights` (18,604 passages) 300 ms. Here each (term, field)
 * posting is decoded once, on first use, into typed arrays of paragraph ordinals and of the term's
 * weight in each paragraph (Lunr's field-vector value), and a query is one pass over them; word
 * numbers stay encoded until a phrase (or proximity) asks for one paragraph's.
 *
 * Lunr's semantics, reproduced exactly (test/unit/search/index-evaluator.test.ts compares every
 * result and score with `lunr.Index#query`):
 *   - a clause matches a paragraph holding any of its terms in any of its fields;
 *   - every required clause must match, no excluded clause may; a required clause with no term in
 *     the index matches nothing, so the query finds nothing;
 *   - per field, the query vector holds each term of the non-excluded clauses with the sum of
 *     their boosts; a paragraph's score is, over the fields where it matched a term,
 *     dot(query vector, field vector) / |query vector|.
 * Ties are ordered by paragraph (reading order), where Lunr's order follows object-key order.
 */
import type { SearchBudget } from './search-budget';
import type { DecodedPosting, ShardIndex } from './shard-index';

/** One clause, with its terms already expanded to terms of the index (stems). */
export interface EvaluatedClause {
  /** The clause matches a paragraph holding any of these terms. */
  terms: readonly string[];
  fields: readonly string[];
  presence: 'required' | 'optional' | 'excluded';
  boost: number;
}

/** Matching paragraphs (by ordinal, ascending) and their scores, in parallel arrays. */
export interface ScoredParagraphs {
  ordinals: Int32Array;
  scores: Float64Array;
}

const EMPTY: readonly number[] = [];

const NO_RESULTS: ScoredParagraphs = { ordinals: new Int32Array(0), scores: new Float64Array(0) };

/**
 * Runs queries over one document's compact index, whose paragraphs are ordinals 0 … n-1.
 * Decoded postings (ordinals and weights, never word numbers) are kept for the life of the index.
 */
export class IndexEvaluator {
  private readonly postings = new Map<number, DecodedPosting | null>();
  private readonly fieldCount: number;
  // Per-paragraph scratch space, reused by every query (a query touches only its postings' entries).
  private readonly score: Float64Array;
  private readonly requiredMet: Uint16Array;
  private readonly lastClause: Uint32Array;
  private readonly excluded: Uint32Array;
  private readonly matched: Uint32Array;
  private readonly touched: Int32Array;
  private epoch = 0;
  private clauseStamp = 0;
  /** The budget of the query being evaluated (postings not decoded yet are skipped once it is spent). */
  private budget: SearchBudget | undefined;

  constructor(private readonly index: ShardIndex) {
    const paragraphCount = index.paragraphCount;
    this.fieldCount = index.fields.length;
    this.score = new Float64Array(paragraphCount);
    this.requiredMet = new Uint16Array(paragraphCount);
    this.lastClause = new Uint32Array(paragraphCount);
    this.excluded = new Uint32Array(paragraphCount);
    this.matched = new Uint32Array(paragraphCount);
    this.touched = new Int32Array(paragraphCount);
  }

  /** True when the index holds the term (a stem). */
  has(term: string): boolean {
    return this.index.termNumber(term) >= 0;
  }

  /** The index's terms that start with `prefix` (what Lunr's trailing wildcard expands to), sorted. */
  termsWithPrefix(prefix: string): string[] {
    return this.index.termsWithPrefix(prefix);
  }

  /** True when some term of the index starts with `prefix`. */
  hasTermWithPrefix(prefix: string): boolean {
    return this.index.hasTermWithPrefix(prefix);
  }

  /**
   * The word numbers of a term in a field of one paragraph (ascending; empty when it is not there):
   * decoded from the compact posting for this one paragraph, for phrases and proximity.
   */
  wordNumbers(term: string, field: string, ordinal: number): readonly number[] {
    const posting = this.posting(term, field);
    if (!posting) return EMPTY;
    const i = indexOf(posting.ordinals, ordinal);
    return i < 0 ? EMPTY : this.index.wordNumbers(posting, i);
  }

  /** True when a term is in a field of one paragraph (nothing decoded but the posting's paragraphs). */
  holds(term: string, field: string, ordinal: number): boolean {
    const posting = this.posting(term, field);
    return posting !== null && indexOf(posting.ordinals, ordinal) >= 0;
  }

  /**
   * Reads the word numbers of any of some terms in a field, paragraph by paragraph: the terms are
   * looked up once, and a paragraph's numbers (ascending, all terms together) are decoded only from
   * the postings that hold it. With many terms (a word being typed stands for hundreds), which
   * postings hold each paragraph is listed once, in one pass over them.
   */
  wordNumbersOfAny(terms: readonly string[], field: string): (ordinal: number) => readonly number[] {
    const postings = terms.map((term) => this.posting(term, field)).filter((posting) => posting !== null);
    const index = this.index;
    if (postings.length === 0) return () => EMPTY;
    if (postings.length === 1) {
      const posting = postings[0]!;
      return (ordinal) => {
        const i = indexOf(posting.ordinals, ordinal);
        return i < 0 ? EMPTY : index.wordNumbers(posting, i);
      };
    }
    // Per paragraph, a chain of (posting, place in it) entries: `first[ordinal]`, then `next[entry]`.
    const size = postings.reduce((sum, posting) => sum + posting.ordinals.length, 0);
    const first = new Int32Array(index.paragraphCount).fill(-1);
    const next = new Int32Array(size);
    const of = new Int32Array(size);
    const at = new Int32Array(size);
    let entry = 0;
    postings.forEach(({ ordinals }, p) => {
      for (let i = 0; i < ordinals.length; i++, entry++) {
        const ordinal = ordinals[i]!;
        next[entry] = first[ordinal]!;
        first[ordinal] = entry;
        of[entry] = p;
        at[entry] = i;
      }
    });
    return (ordinal) => {
      let entry = ordinal >= 0 && ordinal < first.length ? first[ordinal]! : -1;
      if (entry < 0) return EMPTY;
      if (next[entry]! < 0) return index.wordNumbers(postings[of[entry]!]!, at[entry]!);
      const numbers: number[] = [];
      for (; entry >= 0; entry = next[entry]!) numbers.push(...index.wordNumbers(postings[of[entry]!]!, at[entry]!));
      return numbers.sort((a, b) => a - b);
    };
  }

  /**
   * The paragraphs the clauses match, with Lunr's scores (see the module comment). With a budget, a
   * posting not yet decoded when the time is up counts as empty: the answer is what was found so far.
   */
  evaluate(clauses: readonly EvaluatedClause[], budget?: SearchBudget): ScoredParagraphs {
    return this.scored(clauses, budget, null);
  }

  /**
   * What `evaluate` gives for the chosen paragraphs (ordinals, ascending, distinct), and only for
   * them, with the same scores: each posting is read only where it holds one of them (found by
   * binary search), not through. For scoring a few passages of a query whose postings are long.
   */
  scoreOrdinals(clauses: readonly EvaluatedClause[], chosen: Int32Array, budget?: SearchBudget): ScoredParagraphs {
    return chosen.length === 0 ? NO_RESULTS : this.scored(clauses, budget, chosen);
  }

  /** `evaluate`, over every paragraph (`chosen` null) or only the chosen ones. */
  private scored(
    clauses: readonly EvaluatedClause[],
    budget: SearchBudget | undefined,
    chosen: Int32Array | null,
  ): ScoredParagraphs {
    this.budget = budget;
    // Stamps are compared with Uint32Array entries: kept in their range (never 0, their initial value).
    const epoch = (this.epoch = (this.epoch + 1) >>> 0 || 1);
    // Terms and fields by number (one binary search per term), those the index lacks left out.
    const present = clauses.map((clause) => ({
      presence: clause.presence,
      boost: clause.boost,
      terms: clause.terms.map((term) => this.index.termNumber(term)).filter((term) => term >= 0),
      fields: clause.fields.map((field) => this.index.fieldNumber(field)).filter((field) => field >= 0),
    }));
    if (present.some((clause) => clause.presence === 'required' && clause.terms.length === 0)) return NO_RESULTS;

    // Query vectors: per field, each term's summed boost; and their magnitudes.
    const vectors = new Map<number, Map<number, number>>();
    for (const clause of present) {
      if (clause.presence === 'excluded') continue;
      for (const field of clause.fields) {
        const vector = vectors.get(field) ?? new Map<number, number>();
        for (const term of clause.terms) vector.set(term, (vector.get(term) ?? 0) + clause.boost);
        vectors.set(field, vector);
      }
    }

    // Scores, and which paragraphs matched a scored term at all. (Hot loops: locals, typed arrays.)
    const { matched, score, requiredMet, lastClause, excluded, touched } = this;
    let touchedCount = 0;
    for (const [field, vector] of vectors) {
      let squares = 0;
      for (const boost of vector.values()) squares += boost * boost;
      const magnitude = Math.sqrt(squares);
      for (const [term, boost] of vector) {
        const posting = this.postingAt(term, field);
        if (!posting) continue;
        const factor = magnitude > 0 ? boost / magnitude : 0;
        const { ordinals, weights } = posting;
        const places = chosen && placesOf(ordinals, chosen);
        const count = places ? places.length : ordinals.length;
        for (let k = 0; k < count; k++) {
          const i = places ? places[k]! : k;
          const ordinal = ordinals[i]!;
          if (matched[ordinal] !== epoch) {
            matched[ordinal] = epoch;
            score[ordinal] = 0;
            requiredMet[ordinal] = 0;
            touched[touchedCount++] = ordinal;
          }
          score[ordinal] = score[ordinal]! + factor * weights[i]!;
        }
      }
    }

    // Required clauses met, and excluded paragraphs.
    let required = 0;
    for (const clause of present) {
      if (clause.presence === 'optional') continue;
      const stamp = (this.clauseStamp = (this.clauseStamp + 1) >>> 0 || 1);
      const excluding = clause.presence === 'excluded';
      if (!excluding) required++;
      for (const term of clause.terms) {
        for (const field of clause.fields) {
          const ordinals = this.postingAt(term, field)?.ordinals;
          if (!ordinals) continue;
          const places = chosen && placesOf(ordinals, chosen);
          const count = places ? places.length : ordinals.length;
          for (let k = 0; k < count; k++) {
            const ordinal = ordinals[places ? places[k]! : k]!;
            if (excluding) excluded[ordinal] = epoch;
            else if (lastClause[ordinal] !== stamp) {
              lastClause[ordinal] = stamp;
              requiredMet[ordinal] = requiredMet[ordinal]! + 1;
            }
          }
        }
      }
    }

    const ordinals = new Int32Array(touchedCount);
    const scores = new Float64Array(touchedCount);
    let kept = 0;
    const keep = (ordinal: number) => {
      if (requiredMet[ordinal] !== required || excluded[ordinal] === epoch) return;
      ordinals[kept] = ordinal;
      scores[kept++] = score[ordinal]!;
    };
    // In ordinal order: the paragraphs touched sorted, or (when they are many) every paragraph
    // walked, which costs less than sorting them.
    if (chosen) {
      for (let i = 0; i < chosen.length; i++) if (matched[chosen[i]!] === epoch) keep(chosen[i]!);
    } else if (touchedCount * 8 < matched.length) {
      const candidates = touched.subarray(0, touchedCount).sort();
      for (let i = 0; i < touchedCount; i++) keep(candidates[i]!);
    } else for (let ordinal = 0; ordinal < matched.length; ordinal++) if (matched[ordinal] === epoch) keep(ordinal);
    return kept === touchedCount
      ? { ordinals, scores }
      : { ordinals: ordinals.slice(0, kept), scores: scores.slice(0, kept) };
  }

  /**
   * The scored paragraphs that hold (or, with `present` false, do not hold) the terms one after
   * the other in the field. Read from the word numbers the index keeps for each term (see
   * `lunrTokenizer`), decoded only for the candidate paragraphs: no text is tokenized again. One
   * merge pass over the sorted postings.
   */
  withSequence(
    scored: ScoredParagraphs,
    field: string,
    positions: readonly (readonly string[])[],
    present: boolean,
  ): ScoredParagraphs {
    // Each position may be one of several stems (a word still being typed): its word numbers are theirs together.
    const numbersAt = positions.map((terms) => this.wordNumbersOfAny(terms, field));
    const keep = new Uint8Array(scored.ordinals.length);
    let kept = 0;
    const numbers: (readonly number[])[] = [];
    for (let i = 0; i < scored.ordinals.length; i++) {
      const ordinal = scored.ordinals[i]!;
      for (let p = 0; p < numbersAt.length; p++) numbers[p] = numbersAt[p]!(ordinal);
      if (holdsSequence(numbers) === present) {
        keep[i] = 1;
        kept++;
      }
    }
    if (kept === scored.ordinals.length) return scored;
    return {
      ordinals: scored.ordinals.filter((_, i) => keep[i] === 1),
      scores: scored.scores.filter((_, i) => keep[i] === 1),
    };
  }

  /** The decoded posting of a term in a field (cached); null when the term is not in that field. */
  private posting(term: string, field: string): DecodedPosting | null {
    const termNumber = this.index.termNumber(term);
    const fieldNumber = this.index.fieldNumber(field);
    return termNumber < 0 || fieldNumber < 0 ? null : this.postingAt(termNumber, fieldNumber);
  }

  /** The decoded posting of a term in a field, by their numbers (cached). */
  private postingAt(termNumber: number, fieldNumber: number): DecodedPosting | null {
    const key = termNumber * this.fieldCount + fieldNumber;
    const cached = this.postings.get(key);
    if (cached !== undefined) return cached;
    if (this.budget?.spent()) return null;
    const posting = this.index.decode(termNumber, fieldNumber);
    this.postings.set(key, posting);
    return posting;
  }
}

/** True when some number of the first list is followed by one of the second list, and so on (each ascending). */
function holdsSequence(numbers: readonly (readonly number[])[]): boolean {
  for (const start of numbers[0]!) {
    let p = 1;
    while (p < numbers.length && numbers[p]!.includes(start + p)) p++;
    if (p === numbers.length) return true;
  }
  return false;
}

/**
 * The places in a posting's ordinals (ascending) of those of the chosen ones (ascending) it holds:
 * a binary search for each from where the last one was found, or one merge pass when the chosen
 * are many.
 */
function placesOf(ordinals: Int32Array, chosen: Int32Array): Int32Array {
  const places = new Int32Array(Math.min(ordinals.length, chosen.length));
  let found = 0;
  let at = 0;
  const merge = chosen.length * 8 > ordinals.length;
  for (let c = 0; c < chosen.length && at < ordinals.length; c++) {
    const ordinal = chosen[c]!;
    if (merge) while (at < ordinals.length && ordinals[at]! < ordinal) at++;
    else {
      let high = ordinals.length;
      while (at < high) {
        const middle = (at + high) >> 1;
        if (ordinals[middle]! < ordinal) at = middle + 1;
        else high = middle;
      }
    }
    if (ordinals[at] === ordinal) places[found++] = at;
  }
  return places.subarray(0, found);
}

/** Where `value` is in an ascending array (binary search), or -1. */
function indexOf(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return sorted[low] === value ? low : -1;
}

/**
 * The `limit` best of some scored paragraphs whose score is at least `atLeast`, best first (ties in
 * reading order), without sorting them all: one pass keeping the best so far in a small heap (the
 * worst on top, so most paragraphs cost one comparison), then a sort of those kept.
 */
export function topScored(
  scored: ScoredParagraphs,
  limit: number,
  atLeast = -Infinity,
): Array<{ ordinal: number; score: number }> {
  const { ordinals, scores } = scored;
  if (ordinals.length === 0 || limit <= 0) return [];
  // Places in `scored`; the worst on top: the lowest score, of two alike the later paragraph.
  const heap = new Int32Array(Math.min(limit, ordinals.length));
  let size = 0;
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let i = 0; i < ordinals.length; i++) {
    const score = scores[i]!;
    if (score < atLeast) continue;
    if (size < heap.length) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(i, heap[parent]!)) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = i;
    } else if (score > scores[heap[0]!]!) {
      // Better than the worst kept (a later paragraph with the same score is not): sift down.
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && worse(heap[right]!, heap[left]!) ? right : left;
        if (!worse(heap[child]!, i)) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = i;
    }
  }
  const best: Array<{ ordinal: number; score: number }> = [];
  for (let k = 0; k < size; k++) best.push({ ordinal: ordinals[heap[k]!]!, score: scores[heap[k]!]! });
  return best.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
}
