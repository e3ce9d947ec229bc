/**
 * Runtime validation of every channel's request (TypeScript types do not exist at run time).
 * Each schema is checked against the contract's request type, so the two cannot drift apart.
 */
import { z } from 'zod';
import { TEXT_SCALES, THEME_CHOICES, type Channel, type RequestOf } from '../../shared/contract';
import { MAX_LIMIT } from '../search/search-service';

/** Longest search query main accepts, in characters. */
export const MAX_QUERY_LENGTH = 1000;
/** Longest id main accepts (ids are short slugs). */
const MAX_ID_LENGTH = 200;

const id = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);
const noArguments = z
  .undefined()
  .or(z.null())
  .transform(() => undefined);

/** A BCP 47 language tag, loosely: letters and digits in subtags joined by '-'. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Most sections one export request may name (the whole document is `all`, whatever its size). */
export const MAX_EXPORT_SECTIONS = 500;
const exportRequest = z.strictObject({
  documentId: id,
  sectionIds: z.union([
    z.literal('all'),
    z
      .array(id)
      .min(1, 'must name at least one section')
      .max(MAX_EXPORT_SECTIONS, `can name at most ${MAX_EXPORT_SECTIONS} sections; use 'all' for the whole document`),
  ]),
  options: z.strictObject({
    paper: z.enum(['A4', 'Letter']),
    tableOfContents: z.boolean(),
    paragraphNumbers: z.boolean(),
  }),
});
/** Longest bookmark note, in characters (keeps every request well under the payload cap). */
export const MAX_NOTE_LENGTH = 4000;
const note = z.string().max(MAX_NOTE_LENGTH, `is too long: a note can hold at most ${MAX_NOTE_LENGTH} characters`);
const textScale = z
  .number()
  .refine((scale) => (TEXT_SCALES as readonly number[]).includes(scale), `must be one of ${TEXT_SCALES.join(', ')}`);

/** The schema of each channel's request. */
export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>, unknown> } = {
  'corpus:documents': noArguments,
  'corpus:toc': z.strictObject({ documentId: id }),
  'corpus:section': z.strictObject({ documentId: id, sectionId: id }),
  'search:query': z.strictObject({
    query: z.string().max(MAX_QUERY_LENGTH, `is too long: at most ${MAX_QUERY_LENGTH} characters can be searched`),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
    documentId: id.optional(),
    language: z
      .string()
      .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
      .regex(LANGUAGE_TAG, 'must be a language tag such as en, ru or zh-Hans')
      .optional(),
  }),
  'app:status': noArguments,
  'search:highlights': z.strictObject({
    query: z.string().max(MAX_QUERY_LENGTH, `is too long: at most ${MAX_QUERY_LENGTH} characters can be searched`),
    documentId: id,
    sectionId: id,
  }),
  'export:pdf': exportRequest,
  'export:print': exportRequest,
  'app:about': noArguments,
  'app:next-event': noArguments,
  'settings:get': noArguments,
  'settings:update': z.strictObject({ theme: z.enum(THEME_CHOICES).optional(), textScale: textScale.optional() }),
  'reading:position': noArguments,
  'reading:save-position': z.strictObject({ documentId: id, sectionId: id, paragraphId: id.nullable() }),
  'citation:copy': z.strictObject({ documentId: id, sectionId: id, partId: id }),
  'bookmarks:list': noArguments,
  'bookmarks:add': z.strictObject({ documentId: id, sectionId: id, paragraphId: id, note: note.optional() }),
  'bookmarks:set-note': z.strictObject({ id, note }),
  'bookmarks:remove': z.strictObject({ id }),
  'bookmarks:restore': z.strictObject({ id }),
  'bookmarks:export': noArguments,
};
