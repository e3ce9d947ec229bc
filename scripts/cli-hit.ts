import type { SearchHit } from '../src/shared/contract/search';

/** What the command-line companion prints of a hit (`search --json`): display fields, no ranges. */
export type CliHit = Pick<
  SearchHit,
  'documentId' | 'language' | 'sectionId' | 'sectionTitle' | 'paragraphId' | 'paragraphNumber' | 'score' | 'snippet'
>;

/** Projects a search hit onto the command line's output shape. */
export function toCliHit({
  documentId,
  language,
  sectionId,
  sectionTitle,
  paragraphId,
  paragraphNumber,
  score,
  snippet,
}: SearchHit): CliHit {
  return { documentId, language, sectionId, sectionTitle, paragraphId, paragraphNumber, score, snippet };
}
