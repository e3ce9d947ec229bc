/** Resolves an export request's document and section ids against the corpus. */
import type { CorpusDocument, Section } from '../../shared/corpus-types';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from '../corpus/corpus-store';

/** The sections an export prints, in document order, with the document they come from. */
export interface ExportSelection {
  document: CorpusDocument;
  /** In document order, each once, whatever the order of the request. */
  sections: Section[];
  /** True when every section of the document is included. */
  whole: boolean;
}

const LISTED_IDS = 12;

/**
 * The selection for `sectionIds` (or `all`) of `documentId`. Unknown ids are a not-found error that
 * names every unknown id and lists the ids the document does have, so a typo is easy to fix.
 */
export function selectSections(
  store: CorpusStore,
  documentId: string,
  sectionIds: readonly string[] | 'all',
): Result<ExportSelection> {
  const document = store.getDocument(documentId);
  if (!document) {
    const known = store.listDocuments().map((summary) => summary.id);
    return fail('not-found', `There is no document '${documentId}'. Documents: ${listIds(known)}.`);
  }
  if (sectionIds === 'all') return ok({ document, sections: document.sections, whole: true });
  const wanted = new Set(sectionIds);
  const known = new Set(document.sections.map((section) => section.id));
  const unknown = [...wanted].filter((sectionId) => !known.has(sectionId));
  if (unknown.length > 0) {
    const names = unknown.map((sectionId) => `'${sectionId}'`).join(', ');
    return fail(
      'not-found',
      `Document '${documentId}' has no section ${names}. Its sections are: ${listIds(document.sections.map((section) => section.id))}.`,
    );
  }
  const sections = document.sections.filter((section) => wanted.has(section.id));
  return ok({ document, sections, whole: sections.length === document.sections.length });
}

function listIds(ids: string[]): string {
  return ids.length <= LISTED_IDS
    ? ids.join(', ')
    : `${ids.slice(0, LISTED_IDS).join(', ')} and ${ids.length - LISTED_IDS} more`;
}
