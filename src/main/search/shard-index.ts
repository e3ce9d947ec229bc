/**
 * One document's search index as the evaluator reads it: the sorted terms, and per (term, field)
 * one compact posting in a single byte array (see shard-format.ts for the layout). Nothing is
 * decoded at load; a posting's paragraphs and weights are decoded when a query first needs them,
 * its word numbers only when a phrase (or a proximity check) asks for one paragraph's.
 */
import { prefixRange } from './prefix-range';

/** A (term, field) posting's paragraphs (ascending) and the term's weight in each, decoded. */
export interface DecodedPosting {
  ordinals: Int32Array;
  weights: Float64Array;
  /** Byte offset of the word numbers of the posting's paragraphs, and where they end. */
  wordNumbersAt: number;
  end: number;
  /** Byte offset of each paragraph's word numbers (found on first use). */
  wordNumberStarts?: Int32Array;
}

/** Sorted terms and their compact postings; read by IndexEvaluator. */
export class ShardIndex {
  constructor(
    /** Field names, in the order of each term's postings. */
    readonly fields: readonly string[],
    /** Every term of the index (stems), sorted by UTF-16 code units, distinct. */
    readonly terms: readonly string[],
    /** Number of indexed paragraphs (ordinals run from 0 to this, excluded). */
    readonly paragraphCount: number,
    /** Byte offset of posting (term t, field f) at `t * fields.length + f`; one more entry for the end. */
    readonly offsets: Uint32Array,
    /** Every posting, one after the other (shard-format.ts). */
    readonly bytes: Uint8Array,
  ) {}

  /** The number of a term (its place in `terms`), or -1 when the index does not hold it. */
  termNumber(term: string): number {
    const { terms } = this;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (terms[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return terms[low] === term ? low : -1;
  }

  /** The number of a field, or -1. */
  fieldNumber(field: string): number {
    return this.fields.indexOf(field);
  }

  /** The decoded posting of a term (by number) in a field (by number); null when the term is not in it. */
  decode(termNumber: number, fieldNumber: number): DecodedPosting | null {
    const slot = termNumber * this.fields.length + fieldNumber;
    const start = this.offsets[slot]!;
    const end = this.offsets[slot + 1]!;
    if (start >= end) return null;
    const reader = new VarintReader(this.bytes, start, end);
    // Each paragraph takes at least two bytes: a larger count is not a posting of this build.
    const count = Math.min(reader.next(), end - reader.at);
    const ordinals = new Int32Array(count);
    const weights = new Float64Array(count);
    let ordinal = 0;
    for (let i = 0; i < count; i++) ordinals[i] = ordinal += reader.next();
    let kept = 0;
    for (let i = 0; i < count; i++) {
      weights[i] = reader.next() / 1000;
      if (ordinals[i]! < this.paragraphCount) kept++;
    }
    const wordNumbersAt = reader.at;
    if (kept === count) return { ordinals, weights, wordNumbersAt, end };
    if (kept === 0) return null;
    // A reference past the paragraphs cannot be shown (only a faulty build makes one): never matched.
    const starts = wordNumberStarts(new VarintReader(this.bytes, wordNumbersAt, end), count);
    const inRange = (_: number, i: number) => ordinals[i]! < this.paragraphCount;
    return {
      ordinals: ordinals.filter(inRange),
      weights: weights.filter(inRange),
      wordNumbersAt,
      end,
      wordNumberStarts: starts.filter(inRange),
    };
  }

  /** The word numbers of the `i`-th paragraph of a decoded posting, ascending. */
  wordNumbers(posting: DecodedPosting, i: number): number[] {
    posting.wordNumberStarts ??= wordNumberStarts(
      new VarintReader(this.bytes, posting.wordNumbersAt, posting.end),
      posting.ordinals.length,
    );
    const reader = new VarintReader(this.bytes, posting.wordNumberStarts[i]!, posting.end);
    const count = Math.min(reader.next(), posting.end - reader.at);
    const numbers = new Array<number>(count);
    let number = 0;
    for (let n = 0; n < count; n++) numbers[n] = number += reader.next();
    return numbers;
  }

  /** The terms that start with `prefix`, in order (what a trailing wildcard expands to). */
  termsWithPrefix(prefix: string): string[] {
    return this.terms.slice(...prefixRange(this.terms, prefix));
  }

  /** True when some term starts with `prefix` (nothing copied). */
  hasTermWithPrefix(prefix: string): boolean {
    const [start, end] = prefixRange(this.terms, prefix);
    return end > start;
  }
}

/**
 * Reads unsigned LEB128 varints from `at` up to `end` (never past it: a truncated value ends
 * there, and reading at the end gives 0).
 */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
    private readonly end: number,
  ) {}

  /** The next value. */
  next(): number {
    let value = 0;
    let scale = 1;
    while (this.at < this.end) {
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
    }
    return value;
  }
}

/** Where each of `count` paragraphs' word numbers start: one pass over their varints. */
function wordNumberStarts(reader: VarintReader, count: number): Int32Array {
  const starts = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = reader.at;
    const numbers = reader.next();
    for (let n = 0; n < numbers; n++) reader.next();
  }
  return starts;
}
