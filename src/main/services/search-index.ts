import lunr from 'lunr';
import type { CorpusDocument } from '../../shared/corpus-types';
import { configureBuilder } from './text-analysis';

/** Index fields: the section heading (for `title:` scoped queries) and the paragraph's own text. */
export const INDEX_FIELDS = ['title', 'body'] as const;

/** The Lunr document reference of one paragraph: `documentId/sectionId/paragraphId`. */
export function paragraphRef(documentId: string, sectionId: string, paragraphId: string): string {
  return `${documentId}/${sectionId}/${paragraphId}`;
}

/**
 * Builds the Lunr index: one entry per paragraph (its list items included), display data kept
 * out of the index. Used by the build step and, when the prebuilt index is unusable, by main.
 */
export function buildSearchIndex(documents: CorpusDocument[]): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('ref');
    this.field('title', { boost: 1.5 });
    this.field('body');
    for (const document of documents) {
      for (const section of document.sections) {
        for (const paragraph of section.paragraphs) {
          this.add({
            ref: paragraphRef(document.id, section.id, paragraph.id),
            title: section.editorialTitle ? '' : section.title,
            body: [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n'),
          });
        }
      }
    }
  });
}
