import type { CorpusDocument, Paragraph, Section } from '../../shared/corpus-types';
import { PositionalIndex, type IndexEntryText } from './positional-index';

/** Index fields: the section heading (for `title:` scoped queries) and the paragraph's own text. */
export const INDEX_FIELDS = ['title', 'body'] as const;

/** The stable reference of one paragraph: `documentId/sectionId/paragraphId`. */
export function paragraphRef(documentId: string, sectionId: string, paragraphId: string): string {
  return `${documentId}/${sectionId}/${paragraphId}`;
}

/** One index entry: a paragraph (its list items included) with where it stands. */
export interface IndexedParagraph {
  document: CorpusDocument;
  section: Section;
  paragraph: Paragraph;
}

/**
 * Every paragraph of the corpus in index order (documents, sections, paragraphs as stored): entry
 * `n` of the index is the `n`-th paragraph yielded here. The build and the search service both
 * walk the corpus with this function, so the two orders cannot drift apart.
 */
export function* indexedParagraphs(documents: readonly CorpusDocument[]): Generator<IndexedParagraph> {
  for (const document of documents) {
    for (const section of document.sections) {
      for (const paragraph of section.paragraphs) yield { document, section, paragraph };
    }
  }
}

/** The indexed text of a paragraph: its heading (unless editorial) and its text with its list items. */
export function entryText({ section, paragraph }: IndexedParagraph): IndexEntryText {
  return {
    title: section.editorialTitle ? [] : [section.title],
    body: [paragraph.text, ...paragraph.items.map((item) => item.text)],
  };
}

/**
 * Builds the search index: one entry per paragraph, display data kept out of the index. Used by
 * the build step and, when the prebuilt index is unusable, by main.
 */
export function buildSearchIndex(documents: readonly CorpusDocument[]): PositionalIndex {
  return PositionalIndex.build(
    (function* () {
      for (const paragraph of indexedParagraphs(documents)) yield entryText(paragraph);
    })(),
  );
}
