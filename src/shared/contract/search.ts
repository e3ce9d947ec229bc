/** What a search answers: hits with snippets, and where the words matched inside a section. */

/** Longest search query main accepts, in characters. */
export const MAX_QUERY_LENGTH = 1000;
/** Number of hits one search returns when the request sets no `limit`. */
export const DEFAULT_SEARCH_LIMIT = 50;
/** Largest `limit` a search request may ask for. */
export const MAX_SEARCH_LIMIT = 500;

/** A character range `[start, end)` inside a text. */
export type TextRange = [number, number];

/** Where the words of a query were found inside one paragraph or list item. */
export interface HitHighlight {
  /** Id of the paragraph (`p3`) or list item (`p3-i2`) within the section. */
  partId: string;
  ranges: TextRange[];
}

/** One search result: a paragraph, with a snippet and where the words matched. */
export interface SearchHit {
  documentId: string;
  /** BCP 47 tag of the document's language (for labels, `lang` and `dir`). */
  language: string;
  sectionId: string;
  sectionTitle: string;
  paragraphId: string;
  paragraphNumber: number;
  score: number;
  /** A short excerpt around the first match, verbatim apart from leading/trailing ellipses. */
  snippet: string;
  /** Matched ranges inside `snippet`. */
  snippetRanges: TextRange[];
  /** The part (paragraph `p3` or list item `p3-i2`) the snippet is taken from: opening the hit lands there. */
  snippetPartId: string;
  /** Matched ranges in the full paragraph and its list items, for highlighting in the reading pane. */
  highlights: HitHighlight[];
  /** Matched ranges in `sectionTitle` (for `title:` searches). */
  sectionTitleRanges: TextRange[];
}

/** A search answer: hits best first, plus what the reader should be told about the query. */
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Number of matching paragraphs before `limit` was applied. */
  total: number;
  /** A plain-language remark (e.g. "No passage holds all the words"), or null. */
  notice: string | null;
}

/**
 * Every hit of a query inside one section, in reading order: the same passages and words the
 * search itself matched (not only those among its first `limit` hits).
 */
export interface SectionHighlights {
  query: string;
  documentId: string;
  sectionId: string;
  /** Matched ranges in the section's title. */
  titleRanges: TextRange[];
  /** Matched ranges per paragraph or list item, in reading order; parts without a hit are left out. */
  parts: HitHighlight[];
}
