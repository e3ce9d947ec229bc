/**
 * The request shapes of the contract as zod schemas: the one definition of each request, from which
 * its TypeScript type is inferred and against which main checks it at run time (types do not exist
 * then). The field schemas (ids, notes, settings) are also what main's own files on disk are read with.
 */
import { z } from 'zod';
import { MAX_EXPORT_SECTIONS, PAPER_SIZES } from './export';
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT } from './search';
import { MAX_COPY_LENGTH, MAX_NOTE_LENGTH, TEXT_SCALES, THEME_CHOICES } from './user';

/** Longest id main accepts (ids are short slugs, or bookmark UUIDs). */
export const MAX_ID_LENGTH = 200;

/** The id of a document, section, paragraph, list item or bookmark: the one id schema of the app. */
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

/** A bookmark's note. */
export const noteSchema = z
  .string()
  .max(MAX_NOTE_LENGTH, `is too long: a note can hold at most ${MAX_NOTE_LENGTH} characters`);

/** A theme choice. */
export const themeSchema = z.enum(THEME_CHOICES);

/** A text scale: one of TEXT_SCALES. */
export const textScaleSchema = z
  .number()
  .refine((scale) => (TEXT_SCALES as readonly number[]).includes(scale), `must be one of ${TEXT_SCALES.join(', ')}`);

/** A BCP 47 language tag, loosely: letters and digits in subtags joined by '-'. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

const queryText = z
  .string()
  .max(MAX_QUERY_LENGTH, `is too long: at most ${MAX_QUERY_LENGTH} characters can be searched`);

/** The request of a channel that takes no argument (the renderer sends nothing; null is accepted too). */
export const noArguments = z
  .undefined()
  .or(z.null())
  .transform((): void => undefined);

/** Addresses one section of one document. */
export const sectionRefSchema = z.strictObject({ documentId: idSchema, sectionId: idSchema });
/** Addresses one section of one document. */
export type SectionRef = z.output<typeof sectionRefSchema>;

/** Which documents a search looks in: one, those in one language, or (neither given) all of them. */
export const searchScopeSchema = z.strictObject({
  /** Search only this document (default: every document). */
  documentId: idSchema.optional(),
  /** Search only the documents in this language: a BCP 47 tag or its prefix (`zh` takes `zh-Hant`). */
  language: z
    .string()
    .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
    .regex(LANGUAGE_TAG, 'must be a language tag such as en, ru or zh-Hans')
    .optional(),
});
/** Which documents a search looks in: one, those in one language, or (neither given) all of them. */
export type SearchScope = z.output<typeof searchScopeSchema>;

/** A search request: the query, its scope and how many hits to return. */
export const searchRequestSchema = z.strictObject({
  query: queryText,
  /** Maximum number of hits to return (DEFAULT_SEARCH_LIMIT when absent). */
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  ...searchScopeSchema.shape,
});
/** A search request. */
export type SearchRequest = z.output<typeof searchRequestSchema>;

/** Asks where a query matches inside one section: every hit, for the reading pane. */
export const sectionHighlightsRequestSchema = z.strictObject({
  query: queryText,
  documentId: idSchema,
  sectionId: idSchema,
  /**
   * The scope of the search whose hits these are (all documents when absent): the query is read
   * as it was for the results (the same attempt of the strategy), so the pane marks the same words.
   */
  scope: searchScopeSchema.optional(),
});
/** Asks where a query matches inside one section: every hit, for the reading pane. */
export type SectionHighlightsRequest = z.output<typeof sectionHighlightsRequestSchema>;

/** How an export is laid out. */
export const exportOptionsSchema = z.strictObject({
  paper: z.enum(PAPER_SIZES),
  /** Start with a table of contents (section titles and the page each starts on). */
  tableOfContents: z.boolean(),
  /** Print each paragraph's number in the margin, and each list item's number, as citations name them. */
  paragraphNumbers: z.boolean(),
  /**
   * Start each section on a new page. Off or absent: sections follow one another (a compact
   * handout), and the footer of each page still names its section.
   */
  newPagePerSection: z.boolean().optional(),
});
/** How an export is laid out. */
export type ExportOptions = z.output<typeof exportOptionsSchema>;

/** Which sections of which document to export or print; main composes the document from the corpus. */
export const exportRequestSchema = z.strictObject({
  documentId: idSchema,
  /** Section ids (printed in document order whatever the order here), or `all` for the whole document. */
  sectionIds: z.union([
    z.literal('all'),
    z
      .array(idSchema)
      .min(1, 'must name at least one section')
      .max(MAX_EXPORT_SECTIONS, `can name at most ${MAX_EXPORT_SECTIONS} sections; use 'all' for the whole document`),
  ]),
  options: exportOptionsSchema,
});
/** Which sections of which document to export or print. */
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** A change to the settings: only the fields given change. */
export const settingsChangeSchema = z.strictObject({
  theme: themeSchema.optional(),
  textScale: textScaleSchema.optional(),
});
/** A change to the settings: only the fields given change. */
export type SettingsChange = z.output<typeof settingsChangeSchema>;

/** Where the reader is: a section, and the paragraph in view (if any). */
export const readingPositionSchema = z.strictObject({
  documentId: idSchema,
  sectionId: idSchema,
  paragraphId: idSchema.nullable(),
});
/** Where the reader is: a section, and the paragraph in view (if any). */
export type ReadingPosition = z.output<typeof readingPositionSchema>;

/** Addresses a paragraph (`p3`) or a list item (`p3-i2`) of a section. */
export const partRefSchema = z.strictObject({ documentId: idSchema, sectionId: idSchema, partId: idSchema });
/** Addresses a paragraph (`p3`) or a list item (`p3-i2`) of a section. */
export type PartRef = z.output<typeof partRefSchema>;

/** A place in the text of a paragraph or list item: a UTF-16 offset into its verbatim text. */
const textOffsetSchema = z.number().int().min(0, 'must not be negative').max(1_000_000, 'is past any paragraph');

/**
 * What the reader selected in the reading pane, by place only (main reads the words from the
 * corpus, never from the page): from an offset in one part to an offset in the same or a later part.
 */
export const textSelectionSchema = z.strictObject({
  startPart: idSchema,
  startOffset: textOffsetSchema,
  endPart: idSchema,
  endOffset: textOffsetSchema,
});
/** What the reader selected in the reading pane, by place only. */
export type TextSelection = z.output<typeof textSelectionSchema>;

/**
 * Asks for a citation of a paragraph or list item (`partId`), or of the words selected in it and
 * on (`selection`, which then starts in `partId`).
 */
export const citationRequestSchema = z.strictObject({
  documentId: idSchema,
  sectionId: idSchema,
  partId: idSchema,
  selection: textSelectionSchema.optional(),
});
/** Asks for a citation of a part, or of a selection starting in it. */
export type CitationRequest = z.output<typeof citationRequestSchema>;

/** The paragraph a bookmark points at, with an optional note. */
export const bookmarkTargetSchema = z.strictObject({
  documentId: idSchema,
  sectionId: idSchema,
  paragraphId: idSchema,
  note: noteSchema.optional(),
});
/** The paragraph a bookmark points at, with an optional note. */
export type BookmarkTarget = z.output<typeof bookmarkTargetSchema>;

/** Plain text to put on the clipboard (the reader's own selection, copied as it is). */
export const copyTextSchema = z.strictObject({
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_COPY_LENGTH, `is too long: at most ${MAX_COPY_LENGTH} characters can be copied at once`),
});
