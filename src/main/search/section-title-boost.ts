/**
 * The section heading boost: a reader who types the words of a heading (`treaty bodies`) wants
 * that section's passages before passages elsewhere that mention the words in passing. Measured
 * per section, from the heading's terms (its text cut by the document's analyzer, as the index's
 * `title` field is); an editorial heading ("Opening statement", indexed empty) never counts.
 *
 * A heading word counts by how few of the document's headings hold it (as Lunr weighs a word by
 * how few passages hold it), squared so that a word most headings hold says next to nothing: in
 * the statement, four headings of five say "human rights" (each word counts 0.02), so
 * `on human rights` does not favour any of them, while `treaty` names one section (counts 1). In
 * the Universal Declaration, "Article" is in 30 headings of 31 and counts for nothing.
 */
import type { QueryWord } from './query-words';

/** What the boost reads from a document's headings. */
export interface DocumentHeadings {
  /** How many sections the document has (editorial headings included: they hold no word). */
  sections: number;
  /** How many section headings hold a stem. */
  headingsHolding(stem: string): number;
}

/**
 * How much a section's heading holds the query's words (pass `contentWords`: stop words aside),
 * from 0 to 1: the average over the words, each word the heading holds (`inHeading(stem)` for one
 * of its stems) counting (ln(sections / headings holding it) ÷ ln(sections))², others 0: 1 when the
 * heading holds every word and no other heading holds any of them; 0 for no words or a document
 * of one section.
 */
export function headingShare(
  words: readonly QueryWord[],
  inHeading: (stem: string) => boolean,
  headings: DocumentHeadings,
): number {
  if (words.length === 0 || headings.sections < 2) return 0;
  let total = 0;
  for (const word of words) {
    const held = word.stems.filter(inHeading);
    if (held.length > 0) total += rarity(Math.max(...held.map((stem) => headings.headingsHolding(stem))), headings);
  }
  return total / words.length;
}

/**
 * The largest `headingShare` any heading of the document can have for the words: what a heading
 * holding every word would get (a word no heading holds counting 0). Lets the ranking skip passages
 * that no heading boost could lift into the best.
 */
export function largestHeadingShare(words: readonly QueryWord[], headings: DocumentHeadings): number {
  if (words.length === 0 || headings.sections < 2) return 0;
  let total = 0;
  for (const word of words) {
    const holding = word.stems.map((stem) => headings.headingsHolding(stem)).filter((count) => count > 0);
    if (holding.length > 0) total += rarity(Math.min(...holding), headings);
  }
  return total / words.length;
}

/**
 * How much a word held by `holding` headings tells a heading apart, from 0 (every heading holds
 * it) to 1 (one heading does): (ln(sections / holding) ÷ ln(sections))².
 */
export function rarity(holding: number, headings: DocumentHeadings): number {
  const sections = headings.sections;
  return (Math.log(sections / Math.min(Math.max(1, holding), sections)) / Math.log(sections)) ** 2;
}
