/**
 * Runs a planned query against the positional index: which entries match (required, optional and
 * excluded clauses; phrases checked on word positions), and how well (BM25, the ranking Lunr uses,
 * with the same constants). Works on typed arrays sized to the corpus and reused from one query
 * to the next, so a common word over tens of thousands of paragraphs costs a few milliseconds.
 */
import type { IndexField, PositionalIndex, PositionList, Posting } from './positional-index';
import type { PlannedClause, PlannedPhrase, PlannedTerm } from './query-plan';

/** An entry (paragraph ordinal) that matches, with its score. */
export interface EntryMatch {
  entry: number;
  score: number;
}

/** The entries a query matched, in corpus order, with their scores. */
export interface Matches {
  entries: Int32Array;
  scores: Float64Array;
}

/** BM25 saturation and length normalisation (Lunr's defaults). */
const K1 = 1.2;
const B = 0.75;

/** Entries matched by one clause, with the weight each adds to the score. */
interface ClauseHits {
  entries: ArrayLike<number>;
  weights: ArrayLike<number>;
}

const NO_HITS: ClauseHits = { entries: [], weights: [] };

/** Evaluates planned queries on one index. Not re-entrant: it reuses its buffers (queries are synchronous). */
export class IndexSearcher {
  private readonly scores: Float64Array;
  /** Per entry: 1 matched a clause, 2 excluded; plus 4 × the number of required clauses met. */
  private readonly state: Int32Array;
  private readonly counts: Int32Array;

  constructor(private readonly index: PositionalIndex) {
    this.scores = new Float64Array(index.entryCount);
    this.state = new Int32Array(index.entryCount);
    this.counts = new Int32Array(index.entryCount);
  }

  /** Every entry matching all required clauses, no excluded one, and at least one clause. */
  evaluate(clauses: readonly PlannedClause[]): Matches {
    const { scores, state } = this;
    scores.fill(0);
    state.fill(0);
    let required = 0;
    let positive = 0;
    for (const clause of clauses) {
      const hits = clause.kind === 'term' ? this.termHits(clause) : this.phraseHits(clause);
      const { entries, weights } = hits;
      if (clause.presence === 'excluded') {
        for (let i = 0; i < entries.length; i++) state[entries[i]!]! |= 2;
        continue;
      }
      positive++;
      if (clause.presence === 'required') {
        if (entries.length === 0) return { entries: new Int32Array(0), scores: new Float64Array(0) };
        required++;
        for (let i = 0; i < entries.length; i++) state[entries[i]!]! += 4;
      }
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        state[entry]! |= 1;
        scores[entry]! += weights[i]!;
      }
    }
    if (positive === 0) return { entries: new Int32Array(0), scores: new Float64Array(0) };
    const wanted = required * 4 + 1;
    let count = 0;
    for (let entry = 0; entry < state.length; entry++) if (state[entry] === wanted) count++;
    const matches: Matches = { entries: new Int32Array(count), scores: new Float64Array(count) };
    for (let entry = 0, at = 0; entry < state.length; entry++) {
      if (state[entry] === wanted) {
        matches.entries[at] = entry;
        matches.scores[at++] = scores[entry]!;
      }
    }
    return matches;
  }

  /**
   * Entries holding any of the clause's alternatives. Alternatives count as one word (their
   * occurrences add up, their document frequency is that of the union), so a rare expansion of a
   * prefix does not outrank passages full of the word itself.
   */
  private termHits(clause: PlannedTerm): ClauseHits {
    const postings: Posting[] = [];
    for (const term of new Set(clause.terms)) {
      const id = this.index.termId(term);
      if (id >= 0) {
        const posting = this.index.posting(clause.field, id);
        if (posting.entries.length > 0) postings.push(posting);
      }
    }
    if (postings.length === 0) return NO_HITS;
    let entries: Int32Array;
    let counts: Int32Array;
    if (postings.length === 1) {
      entries = postings[0]!.entries;
      counts = postings[0]!.counts;
    } else {
      const dense = this.counts;
      let size = 0;
      for (const posting of postings) {
        for (let i = 0; i < posting.entries.length; i++) {
          const entry = posting.entries[i]!;
          if (dense[entry] === 0) size++;
          dense[entry]! += posting.counts[i]!;
        }
      }
      entries = new Int32Array(size);
      counts = new Int32Array(size);
      for (let entry = 0, at = 0; at < size; entry++) {
        if (dense[entry] !== 0) {
          entries[at] = entry;
          counts[at++] = dense[entry]!;
          dense[entry] = 0;
        }
      }
    }
    if (clause.presence === 'excluded') return { entries, weights: new Float64Array(0) };
    const weights = new Float64Array(entries.length);
    const weigh = this.weigher(clause.field, entries.length, clause.boost);
    for (let i = 0; i < entries.length; i++) weights[i] = weigh(entries[i]!, counts[i]!);
    return { entries, weights };
  }

  /** Entries where the phrase's units stand one after the other; weighted by how often it occurs. */
  private phraseHits(clause: PlannedPhrase): ClauseHits {
    const postings: Posting[] = [];
    for (const unit of clause.units) {
      const id = this.index.termId(unit);
      if (id < 0) return NO_HITS;
      postings.push(this.index.posting(clause.field, id));
    }
    const entries: number[] = [];
    const occurrences: number[] = [];
    const cursors = postings.map(() => 0);
    const rows = postings.map(() => 0);
    const lists = postings.map((posting) => posting.positions());
    // Walk the rarest unit's entries; find each in the other postings by galloping forward.
    let rarest = 0;
    postings.forEach((posting, k) => {
      if (posting.entries.length < postings[rarest]!.entries.length) rarest = k;
    });
    const driver = postings[rarest]!;
    outer: for (let i = 0; i < driver.entries.length; i++) {
      const entry = driver.entries[i]!;
      for (let k = 0; k < postings.length; k++) {
        if (k === rarest) {
          rows[k] = i;
          continue;
        }
        const list = postings[k]!.entries;
        const cursor = gallop(list, cursors[k]!, entry);
        cursors[k] = cursor;
        if (cursor >= list.length) break outer;
        if (list[cursor] !== entry) continue outer;
        rows[k] = cursor;
      }
      const first = lists[0]!;
      const row = rows[0]!;
      let found = 0;
      for (let p = first.starts[row]!; p < first.starts[row + 1]!; p++) {
        if (followsFrom(lists, rows, 1, nextPosition(first.positions[p]!))) found++;
      }
      if (found > 0) {
        entries.push(entry);
        occurrences.push(found);
      }
    }
    const weights = new Float64Array(entries.length);
    if (clause.presence !== 'excluded') {
      for (const posting of postings) {
        const weigh = this.weigher(clause.field, posting.entries.length, 1);
        for (let i = 0; i < entries.length; i++) weights[i]! += weigh(entries[i]!, occurrences[i]!);
      }
    }
    return { entries, weights };
  }

  /** BM25 weight of a word held by `entriesWithTerm` entries, for an entry holding it `count` times. */
  private weigher(field: IndexField, entriesWithTerm: number, boost: number): (entry: number, count: number) => number {
    const size = this.index.entryCount;
    const idf = Math.log(1 + (size - entriesWithTerm + 0.5) / (entriesWithTerm + 0.5)) * boost;
    const lengths = this.index.entryLengths(field);
    const perWord = (K1 * B) / (this.index.averageLength(field) || 1);
    const base = K1 * (1 - B);
    return (entry, count) => (idf * count * (K1 + 1)) / (count + base + perWord * lengths[entry]!);
  }
}

/** The `limit` best matches, best first (ties in corpus order), without sorting them all. */
export function topMatches(matches: Matches, limit: number): EntryMatch[] {
  const { entries, scores } = matches;
  // Indexes into `matches`; `a` before `b` when better (higher score, then earlier entry).
  const better = (a: number, b: number): boolean => scores[a]! > scores[b]! || (scores[a] === scores[b] && entries[a]! < entries[b]!);
  const order = (a: number, b: number): number => (better(a, b) ? -1 : better(b, a) ? 1 : 0);
  let chosen: number[];
  if (entries.length <= limit * 4) {
    chosen = Array.from({ length: entries.length }, (_, i) => i).sort(order);
  } else {
    // A min-heap of the best `limit` seen so far: its root is the worst of them.
    const heap: number[] = [];
    const sink = (start: number): void => {
      for (let i = start; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let worst = i;
        if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
        if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
        if (worst === i) return;
        [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
        i = worst;
      }
    };
    for (let m = 0; m < entries.length; m++) {
      if (heap.length < limit) {
        heap.push(m);
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!better(heap[parent]!, heap[i]!)) break;
          [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
          i = parent;
        }
      } else if (better(m, heap[0]!)) {
        heap[0] = m;
        sink(0);
      }
    }
    chosen = heap.sort(order);
  }
  return chosen.slice(0, limit).map((m) => ({ entry: entries[m]!, score: scores[m]! }));
}

/** First index at or after `from` whose value is not below `value` (exponential, then binary search). */
function gallop(sorted: Int32Array, from: number, value: number): number {
  let step = 1;
  let high = from;
  while (high < sorted.length && sorted[high]! < value) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, sorted.length);
  while (from < high) {
    const middle = (from + high) >>> 1;
    if (sorted[middle]! < value) from = middle + 1;
    else high = middle;
  }
  return from;
}

/** The word position after an occurrence (a joined form spans two words). */
function nextPosition(encoded: number): number {
  return (encoded >> 1) + (encoded & 1 ? 2 : 1);
}

/** True when units `k…` of the phrase occur from word `position` on, in this entry. */
function followsFrom(lists: PositionList[], rows: number[], k: number, position: number): boolean {
  if (k === lists.length) return true;
  const posting = lists[k]!;
  const row = rows[k]!;
  const to = posting.starts[row + 1]!;
  // The unit may stand there as a word (2p) or as a joined form (2p + 1).
  let low = posting.starts[row]!;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (posting.positions[middle]! < position * 2) low = middle + 1;
    else high = middle;
  }
  for (let p = low; p < to && posting.positions[p]! <= position * 2 + 1; p++) {
    if (followsFrom(lists, rows, k + 1, nextPosition(posting.positions[p]!))) return true;
  }
  return false;
}
