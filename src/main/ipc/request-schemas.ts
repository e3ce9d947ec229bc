/**
 * Runtime validation of every channel's request (TypeScript types do not exist at run time).
 * Each schema is checked against the contract's request type, so the two cannot drift apart.
 */
import { z } from 'zod';
import type { Channel, RequestOf } from '../../shared/contract';
import { MAX_LIMIT } from '../services/search-service';

/** Longest search query main accepts, in characters. */
export const MAX_QUERY_LENGTH = 1000;
/** Longest id main accepts (ids are short slugs). */
const MAX_ID_LENGTH = 200;

const id = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);
const noArguments = z.undefined().or(z.null()).transform(() => undefined);

/** Most sections one export request may name (the whole document is `all`, whatever its size). */
export const MAX_EXPORT_SECTIONS = 500;
const exportRequest = z.strictObject({
  documentId: id,
  sectionIds: z.union([
    z.literal('all'),
    z.array(id).min(1, 'must name at least one section').max(MAX_EXPORT_SECTIONS, `can name at most ${MAX_EXPORT_SECTIONS} sections; use 'all' for the whole document`),
  ]),
  options: z.strictObject({ paper: z.enum(['A4', 'Letter']), tableOfContents: z.boolean(), paragraphNumbers: z.boolean() }),
});

/** The schema of each channel's request. */
export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>, unknown> } = {
  'corpus:documents': noArguments,
  'corpus:toc': z.strictObject({ documentId: id }),
  'corpus:section': z.strictObject({ documentId: id, sectionId: id }),
  'search:query': z.strictObject({
    query: z.string().max(MAX_QUERY_LENGTH, `is too long: at most ${MAX_QUERY_LENGTH} characters can be searched`),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  }),
  'app:status': noArguments,
  'search:highlights': z.strictObject({
    query: z.string().max(MAX_QUERY_LENGTH, `is too long: at most ${MAX_QUERY_LENGTH} characters can be searched`),
    documentId: id,
    sectionId: id,
  }),
  'export:pdf': exportRequest,
  'export:print': exportRequest,
};
