import type { CorpusDocument, Paragraph, Section } from '../../shared/corpus-types';

/** A paragraph as the index sees it: its ordinal reference and where it belongs. */
export interface IndexedParagraph {
  /** Lunr reference: the paragraph's ordinal in the listed documents' order, as a string (`"0"`, `"1"`, …). */
  ref: string;
  document: CorpusDocument;
  section: Section;
  paragraph: Paragraph;
}

/**
 * Every paragraph of the documents, in order, with its reference (an index shard lists one
 * document's). Short ordinal references keep the serialized index small (each posting repeats its
 * reference); the index stamp's content hash guarantees the index and the corpus enumerate the
 * same paragraphs.
 */
export function indexedParagraphs(documents: CorpusDocument[]): IndexedParagraph[] {
  const list: IndexedParagraph[] = [];
  for (const document of documents) {
    for (const section of document.sections) {
      for (const paragraph of section.paragraphs) list.push({ ref: String(list.length), document, section, paragraph });
    }
  }
  return list;
}
