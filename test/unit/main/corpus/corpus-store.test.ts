/**
 * The store's document list over the built library: each document says which work it is a
 * language of, so the window can offer the other languages of the one it shows.
 */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { CORPUS_DIR, STATEMENT_ID } from '../../../support/paths';

describe('corpus store: documents and their works', () => {
  const store = new CorpusStore(loadCorpus(CORPUS_DIR).corpus);

  it('names the work of every UDHR language and none for the statement, in the list and in a table of contents', () => {
    const works = Object.fromEntries(store.listDocuments().map((document) => [document.id, document.work]));
    expect(works).toEqual({
      [STATEMENT_ID]: null,
      'udhr-arb': 'udhr',
      'udhr-bel': 'udhr',
      'udhr-cmn-hans': 'udhr',
      'udhr-eng': 'udhr',
      'udhr-fra': 'udhr',
      'udhr-rus': 'udhr',
      'udhr-spa': 'udhr',
    });
    expect(store.getToc('udhr-arb')!.document.work).toBe('udhr');
    expect(store.getSection(STATEMENT_ID, store.getToc(STATEMENT_ID)!.sections[0]!.id)!.document.work).toBeNull();
  });
});
