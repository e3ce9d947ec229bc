import lunr from 'lunr';
import type { CorpusDocument } from '../../shared/corpus-types';
import { indexedParagraphs } from '../corpus/paragraph-ordinals';
import { analyzerFor, configureBuilder } from '../text/text-analysis';

/**
 * Builds the Lunr index of one document (its shard), analysed as the document's language: one
 * entry per paragraph (its list items included), referenced by the paragraph's ordinal in the
 * document, display data kept out of the index. Fields: the section heading (for `title:`
 * queries), the paragraph's own text, and the joined forms of its hyphenated pairs (see
 * `joinedPairs`). Used by the build step and, when a prebuilt shard is unusable, by main.
 */
export function buildSearchIndex(document: CorpusDocument): lunr.Index {
  const analyzer = analyzerFor(document.language);
  return lunr(function () {
    configureBuilder(this, analyzer);
    this.ref('ref');
    this.field('title', { boost: 1.5 });
    this.field('body');
    this.field('joined');
    for (const { ref, section, paragraph } of indexedParagraphs([document])) {
      const body = [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n');
      this.add({
        ref,
        title: section.editorialTitle ? '' : section.title,
        body,
        joined: analyzer
          .joinedPairs(body)
          .map((pair) => pair.folded)
          .join(' '),
      });
    }
  });
}
