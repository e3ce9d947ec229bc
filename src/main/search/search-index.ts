import lunr from 'lunr';
import type { CorpusDocument } from '../../shared/corpus-types';
import { indexedParagraphs } from '../corpus/paragraph-ordinals';
import { configureBuilder, joinedPairs } from '../text/text-analysis';

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
