/** Finds paragraphs by address, and what a citation names for a paragraph or list item of the corpus. */
import type { PartRef } from '../../shared/contract';
import type { CitationSource } from '../../shared/citation';
import type { CorpusStore, LocatedParagraph } from './corpus-store';

/** A paragraph by its address (document, section and paragraph ids); undefined when there is none. */
export function locateParagraph(
  store: CorpusStore,
  documentId: string,
  sectionId: string,
  paragraphId: string,
): Omit<LocatedParagraph, 'ref'> | undefined {
  const document = store.getDocument(documentId);
  const section = document?.sections.find((candidate) => candidate.id === sectionId);
  const paragraph = section?.paragraphs.find((candidate) => candidate.id === paragraphId);
  if (!document || !section || !paragraph) return undefined;
  return { document, section, paragraph };
}

/** The citation source of a paragraph (`p3`) or list item (`p3-i2`); undefined when there is no such part. */
export function citationSourceOf(store: CorpusStore, ref: PartRef): CitationSource | undefined {
  const document = store.getDocument(ref.documentId);
  const section = document?.sections.find((candidate) => candidate.id === ref.sectionId);
  if (!document || !section) return undefined;
  for (const paragraph of section.paragraphs) {
    const item = paragraph.items.find((candidate) => candidate.id === ref.partId);
    if (paragraph.id !== ref.partId && !item) continue;
    return {
      issuer: document.issuer,
      documentTitle: document.title,
      descriptiveTitle: document.descriptiveTitle ?? null,
      sectionNumber: section.number,
      sectionTitle: section.title,
      editorialTitle: section.editorialTitle,
      paragraphNumber: paragraph.number,
      itemNumber: item ? item.number : null,
      text: item ? item.text : paragraph.text,
      items: item ? [] : paragraph.items.map((listItem) => listItem.text),
      language: document.language,
    };
  }
  return undefined;
}
