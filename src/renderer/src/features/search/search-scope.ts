import type { DocumentSummary, SearchScope } from '../../../../shared/contract';
import { languageName } from '../../../../shared/language-script';

/**
 * Where the reader chose to search: the document open in the reading pane, every document, or the
 * documents in one language (a BCP 47 tag as the documents carry it).
 */
export type ScopeChoice = { kind: 'this-document' } | { kind: 'all' } | { kind: 'language'; language: string };

/** The scope a search starts with: the whole library. */
export const DEFAULT_SCOPE: ScopeChoice = { kind: 'all' };

/** One entry of the "Search in" list: its value in the `<select>` and its label. */
export interface ScopeOption {
  value: string;
  label: string;
}

/** The `<select>` value of a choice (`this-document`, `all`, `language:ru`). */
export function scopeValue(choice: ScopeChoice): string {
  return choice.kind === 'language' ? `language:${choice.language}` : choice.kind;
}

/** The choice a `<select>` value stands for (the default for a value it does not know). */
export function scopeOfValue(value: string): ScopeChoice {
  if (value === 'this-document') return { kind: 'this-document' };
  if (value.startsWith('language:')) return { kind: 'language', language: value.slice('language:'.length) };
  return DEFAULT_SCOPE;
}

/**
 * The entries of the "Search in" list: this document, all documents, then each language of the
 * library (its name in English and how many documents are in it), in the order the library first
 * lists a document in it.
 */
export function scopeOptions(documents: readonly DocumentSummary[]): ScopeOption[] {
  const counts = new Map<string, number>();
  for (const document of documents) counts.set(document.language, (counts.get(document.language) ?? 0) + 1);
  return [
    { value: 'this-document', label: 'This document' },
    { value: 'all', label: 'All documents' },
    ...[...counts].map(([language, count]) => ({
      value: scopeValue({ kind: 'language', language }),
      label: `${languageName(language)} (${count} ${count === 1 ? 'document' : 'documents'})`,
    })),
  ];
}

/**
 * The scope of a search request for a choice: "this document" names the document open now (all
 * documents while none is open yet).
 */
export function requestScope(choice: ScopeChoice, openDocumentId: string | null): SearchScope {
  if (choice.kind === 'language') return { language: choice.language };
  if (choice.kind === 'this-document' && openDocumentId !== null) return { documentId: openDocumentId };
  return {};
}

/** A key that changes whenever a request scope does (for effect dependencies). */
export function scopeKey(scope: SearchScope): string {
  return `${scope.documentId ?? ''}|${scope.language ?? ''}`;
}
