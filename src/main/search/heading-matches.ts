/**
 * Passages found through their section heading: a reader who types a heading's words (`office of
 * the high commissioner`) wants that section's passages, though none of them repeats every word
 * of the heading. A required word of the query also counts as present in a passage when the
 * passage's section heading holds it, provided the passage's own text holds another of the
 * query's required words (so every passage found shows a word of the query, highlighted). Scores
 * are Lunr's from the passage text alone; the heading's weight is the ranking's (section-title-boost.ts).
 * Only a heading that holds a word few headings hold (`rarity` at least `MIN_RARITY`: in at most
 * about √sections of them) stands in for the words it holds: where every heading says "human
 * rights", a heading does not make a passage about human rights; "Cooperation with the Human
 * Rights Council’s mechanisms" does make a passage about cooperation with the Council. Only the
 * passages of sections whose heading holds such a word are looked at.
 */
import type { EvaluatedClause, ScoredParagraphs } from './index-evaluator';
import { rarity, type DocumentHeadings } from './section-title-boost';

/** The least `rarity` of a word a heading may stand in for. */
export const MIN_RARITY = 0.25;
/**
 * Most terms a required clause may stand for (a prefix still being typed stands for hundreds):
 * beyond, headings stand in for nothing, since checking every term in each passage would cost more
 * than the search itself, and a word half typed says little about a heading.
 */
export const MAX_CLAUSE_TERMS = 16;

/** A section whose heading is indexed: its index in the document, and the range of its passages' ordinals. */
export interface HeadedSection {
  section: number;
  first: number;
  /** One past its last passage. */
  end: number;
}

/** What finding passages through headings needs from a document's index. */
export interface HeadingIndex extends DocumentHeadings {
  /** Lunr's scores of the chosen passages (ordinals, ascending) the clauses match (IndexEvaluator.scoreOrdinals). */
  scoreOrdinals(clauses: readonly EvaluatedClause[], chosen: Int32Array): ScoredParagraphs;
  /** True when a term is in a field of a passage (by ordinal). */
  holds(term: string, field: string, ordinal: number): boolean;
  /** The sections whose heading holds a stem, in document order. */
  sectionsHolding(stem: string): readonly HeadedSection[];
  /** Whether the heading of a section (by its index) holds a stem. */
  headingHolds(stem: string, section: number): boolean;
}

/**
 * The sections whose heading holds each term, from the headings' text cut into terms as the index's
 * `title` field was (`terms`: the document's analyzer), once per document: no heading is looked up
 * term by term in the index.
 */
export function sectionsByTerm(
  sections: readonly (HeadedSection & { heading: string })[],
  terms: (text: string) => string[],
): Map<string, HeadedSection[]> {
  const byTerm = new Map<string, HeadedSection[]>();
  for (const { heading, ...section } of sections)
    for (const term of new Set(terms(heading))) {
      const holding = byTerm.get(term) ?? [];
      holding.push(section);
      byTerm.set(term, holding);
    }
  return byTerm;
}

const NONE: ScoredParagraphs = { ordinals: new Int32Array(0), scores: new Float64Array(0) };

/**
 * The passages, besides those already `found`, that hold each required clause of the query in
 * their text or (for the clauses at the indexes `words`: the words a heading may stand in for) in
 * their section heading, hold one of those words in their text, and hold no excluded word; scored
 * from their text.
 */
export function headingMatches(
  clauses: readonly EvaluatedClause[],
  words: readonly number[],
  found: ScoredParagraphs,
  index: HeadingIndex,
): ScoredParagraphs {
  // With one word, the text must hold it: the heading adds nothing.
  if (words.length < 2) return NONE;
  if (clauses.some((clause) => clause.presence !== 'optional' && clause.terms.length > MAX_CLAUSE_TERMS)) return NONE;
  const holds = (clause: EvaluatedClause, ordinal: number, fields: readonly string[]) =>
    clause.terms.some((term) => fields.some((field) => index.holds(term, field, ordinal)));
  const rare = words.filter((i) =>
    clauses[i]!.terms.some((term) => {
      const holding = index.headingsHolding(term);
      return holding > 0 && rarity(holding, index) >= MIN_RARITY;
    }),
  );
  if (rare.length === 0) return NONE;
  const sections = new Set(rare.flatMap((i) => clauses[i]!.terms.flatMap((term) => index.sectionsHolding(term))));
  const added: number[] = [];
  for (const { section, first, end } of sections) {
    const inHeading = new Set(words.filter((i) => clauses[i]!.terms.some((term) => index.headingHolds(term, section))));
    for (let ordinal = first; ordinal < end; ordinal++) {
      if (isFound(found.ordinals, ordinal)) continue;
      const meets = clauses.every((clause, i) => {
        if (clause.presence === 'optional') return true;
        const inText = holds(clause, ordinal, clause.fields);
        return clause.presence === 'excluded' ? !inText : inText || inHeading.has(i);
      });
      if (meets && words.some((i) => holds(clauses[i]!, ordinal, clauses[i]!.fields))) added.push(ordinal);
    }
  }
  if (added.length === 0) return NONE;
  // Scored from the text alone: the words a heading may stand in for become optional. Only the
  // passages added are scored (not a second evaluation of the whole query).
  return index.scoreOrdinals(
    clauses.map((clause, i) => (words.includes(i) ? { ...clause, presence: 'optional' as const } : clause)),
    Int32Array.from(added).sort(),
  );
}

/** True when the sorted ordinals hold `ordinal`. */
function isFound(ordinals: Int32Array, ordinal: number): boolean {
  let low = 0;
  let high = ordinals.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ordinals[middle]! < ordinal) low = middle + 1;
    else high = middle;
  }
  return ordinals[low] === ordinal;
}
