import type { DocumentSummary } from '../../../../shared/contract';
import { languageName } from '../../../../shared/language-script';

/**
 * Every language of the work `documentId` is one language of, itself included, in library order;
 * empty when the document stands alone (no `work`, or no other document of its work).
 */
export function languagesOf(documentId: string, documents: readonly DocumentSummary[]): DocumentSummary[] {
  const work = documents.find((document) => document.id === documentId)?.work ?? null;
  if (work === null) return [];
  const languages = documents.filter((document) => document.work === work);
  return languages.length > 1 ? languages : [];
}

/** How a language is offered: its English name, then its own (`Arabic (العربية)`), or the tag when unknown. */
export function languageLabel(tag: string): string {
  const english = languageName(tag);
  let own: string | undefined;
  try {
    own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  } catch {
    own = undefined;
  }
  return own && own !== english && own !== tag ? `${english} (${own})` : english;
}
