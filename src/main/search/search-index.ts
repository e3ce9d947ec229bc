import lunr from 'lunr';
import type { CorpusDocument, Paragraph, Section } from '../../shared/corpus-types';
import { configureBuilder, joinedPairs } from './text-analysis';

/** A paragraph as the index sees it: its ordinal reference and where it belongs. */
export interface IndexedParagraph {
  /** Lunr reference: the paragraph's ordinal in corpus order, as a string (`"0"`, `"1"`, …). */
  ref: string;
  document: CorpusDocument;
  section: Section;
  paragraph: Paragraph;
}

/**
 * Every paragraph in corpus order with its reference. Short ordinal references keep the
 * serialized index small (each posting repeats its reference); the index stamp's content hash
 * guarantees the index and the corpus enumerate the same paragraphs.
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

/**
 * Builds the Lunr index: one entry per paragraph (its list items included), display data kept
 * out of the index. Fields: the section heading (for `title:` queries), the paragraph's own text,
 * and the joined forms of its hyphenated pairs (see `joinedPairs`). Used by the build step and, when the prebuilt index is unusable, by main.
 */
export function buildSearchIndex(documents: CorpusDocument[]): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('ref');
    this.field('title', { boost: 1.5 });
    this.field('body');
    this.field('joined');
    for (const { ref, section, paragraph } of indexedParagraphs(documents)) {
      const body = [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n');
      this.add({
        ref,
        title: section.editorialTitle ? '' : section.title,
        body,
        joined: joinedPairs(body)
          .map((pair) => pair.folded)
          .join(' '),
      });
    }
  });
}
