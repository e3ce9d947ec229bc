/**
 * Read-only lookups over a loaded corpus: documents, tables of contents, sections, paragraphs.
 * Built once at startup; every lookup is a Map access (a document's text is read on its first lookup).
 */
import type { DocumentSummary, SectionView, TableOfContents } from '../../shared/contract';
import type { CatalogEntry, CorpusDocument, CorpusFile } from '../../shared/corpus-types';
import type { IndexedParagraph } from './paragraph-ordinals';

/** A paragraph with the section and document it belongs to. */
export type LocatedParagraph = IndexedParagraph;

/** Fast, typed access to the corpus. Returns undefined for unknown ids (callers map that to not-found). */
export class CorpusStore {
  private readonly documents = new Map<string, CorpusDocument>();

  constructor(readonly file: CorpusFile) {
    for (const document of file.documents) this.documents.set(document.id, document);
  }

  /** Every document, in corpus order. */
  listDocuments(): DocumentSummary[] {
    return this.file.documents.map(summarize);
  }

  /** A document by id. */
  getDocument(documentId: string): CorpusDocument | undefined {
    return this.documents.get(documentId);
  }

  /** The table of contents of one document. */
  getToc(documentId: string): TableOfContents | undefined {
    const document = this.documents.get(documentId);
    if (!document) return undefined;
    return {
      document: summarize(document),
      sections: document.sections.map((section) => ({
        id: section.id,
        number: section.number,
        title: section.title,
        editorialTitle: section.editorialTitle,
        paragraphCount: section.paragraphs.length,
      })),
    };
  }

  /** One section with its neighbours. */
  getSection(documentId: string, sectionId: string): SectionView | undefined {
    const document = this.documents.get(documentId);
    const position = document?.sections.findIndex((section) => section.id === sectionId) ?? -1;
    if (!document || position < 0) return undefined;
    return {
      document: summarize(document),
      section: document.sections[position]!,
      previousSectionId: document.sections[position - 1]?.id ?? null,
      nextSectionId: document.sections[position + 1]?.id ?? null,
    };
  }
}

function summarize(document: CorpusDocument): DocumentSummary {
  return {
    id: document.id,
    title: document.title,
    descriptiveTitle: document.descriptiveTitle ?? null,
    issuer: document.issuer,
    language: document.language,
    work: document.work ?? null,
    provenance: document.provenance,
    sourceFile: document.sourceFile ?? null,
    sectionCount: sectionCountOf(document),
  };
}

/** The section count of a document: from the catalog while its file is unread, else from its sections. */
export function sectionCountOf(document: CorpusDocument): number {
  const listed = (document as Partial<Pick<CatalogEntry, 'sectionCount'>>).sectionCount;
  return typeof listed === 'number' ? listed : document.sections.length;
}
