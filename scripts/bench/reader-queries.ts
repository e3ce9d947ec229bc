/**
 * What a reader of the statement types, for the benchmark: whole queries, and every keystroke on
 * the way to them (the app searches on each one). The generated library is made of the same
 * sentences, so the same queries are realistic there too.
 */

/** Queries as a reader finishes typing them. */
export const READER_QUERIES: readonly string[] = [
  'human rights',
  'special rapporteur',
  'treaty bodies',
  'universal periodic review',
  'UPR',
  'CEDAW',
  'NHRAP',
  '2018',
  '266 recommendations',
  'Council’s mechanisms',
  'states’ policies',
  'co-operation',
  'rights*',
  '"human rights council"',
  '"special procedures"',
  'constrctive dialogue',
  'politicization',
  'Western countries',
  'technical assistance',
  'title:treaty',
  '+UPR -Western',
  'standing invitation',
  'Millennium Development Goals',
  'freedom of religion or belief',
  'all',
];

/** Every keystroke's text on the way to each query (`h`, `hu`, … `human rights`). */
export function keystrokes(queries: readonly string[] = READER_QUERIES): string[] {
  return queries
    .flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)))
    .filter((text) => text.trim() !== '');
}

/** The words a plain substring scan looks for: the query's letters and digits, lower-cased. */
export function scanWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/\b(title|heading):/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
