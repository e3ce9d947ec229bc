/**
 * The place kept across languages, and the languages offered: over the bundled declaration's own
 * sections (the preamble has 10 paragraphs in English and 9 in Arabic; article 23 has four
 * numbered paragraphs everywhere).
 */
import { describe, expect, it } from 'vitest';
import { alignsParagraphs, samePlaceIn } from '../../../../src/renderer/src/features/parallel/keep-place';
import { languageLabel, languagesOf } from '../../../../src/renderer/src/features/parallel/translations';
import type { Paragraph, Section } from '../../../../src/shared/corpus-types';
import { openTestReader } from '../../../support/reader-services';
import { STATEMENT_ID } from '../../../support/paths';

const { store } = openTestReader().services;
const section = (documentId: string, sectionId: string): Section => store.getSection(documentId, sectionId)!.section;

function withItems(id: string, items: number): Paragraph {
  return {
    id,
    number: Number(id.slice(1)),
    text: id,
    items: Array.from({ length: items }, (_, index) => ({ id: `${id}-i${index + 1}`, number: index + 1, text: '' })),
  };
}
const listSection = (paragraphs: Paragraph[]): Section => ({
  id: 's',
  number: 1,
  title: 'S',
  editorialTitle: false,
  paragraphs,
});

describe('the same place in another language', () => {
  it('keeps the paragraph when both sections have as many, else only the section', () => {
    const english23 = section('udhr-eng', 'article-23');
    const chinese23 = section('udhr-cmn-hans', 'article-23');
    expect(alignsParagraphs(english23, chinese23)).toBe(true);
    expect(samePlaceIn(english23, 'p3', chinese23)).toBe('p3');
    expect(samePlaceIn(english23, null, chinese23)).toBeNull();
    const englishPreamble = section('udhr-eng', 'preamble');
    const arabicPreamble = section('udhr-arb', 'preamble');
    expect(alignsParagraphs(englishPreamble, arabicPreamble)).toBe(false);
    expect(samePlaceIn(englishPreamble, 'p2', arabicPreamble)).toBeNull();
  });

  it('goes by position, not by id, and keeps a list item when the lists match', () => {
    const from = listSection([withItems('p1', 0), withItems('p2', 3)]);
    const renumbered = listSection([withItems('p4', 0), withItems('p7', 3)]);
    expect(samePlaceIn(from, 'p2', renumbered)).toBe('p7');
    expect(samePlaceIn(from, 'p2-i3', renumbered)).toBe('p7-i3');
    // A list of another length: the paragraph it belongs to.
    expect(samePlaceIn(from, 'p2-i3', listSection([withItems('p1', 0), withItems('p2', 2)]))).toBe('p2');
    expect(samePlaceIn(from, 'p9', renumbered)).toBeNull();
  });
});

describe('the languages of a work', () => {
  it('lists every language of the declaration, in library order, and none for the statement', () => {
    const documents = store.listDocuments();
    expect(languagesOf('udhr-fra', documents).map((document) => document.language)).toEqual([
      'ar',
      'be',
      'zh',
      'en',
      'fr',
      'ru',
      'es',
    ]);
    expect(languagesOf(STATEMENT_ID, documents)).toEqual([]);
    expect(languagesOf('no-such-document', documents)).toEqual([]);
    // A work with one language has nothing to offer.
    expect(
      languagesOf(
        'udhr-eng',
        documents.filter((document) => document.id !== 'udhr-arb'),
      ),
    ).toHaveLength(6);
    expect(languagesOf('udhr-eng', [documents.find((document) => document.id === 'udhr-eng')!])).toEqual([]);
  });

  it('names a language in English and in its own words', () => {
    expect(languageLabel('ar')).toBe('Arabic (العربية)');
    expect(languageLabel('en')).toBe('English');
    expect(languageLabel('be')).toBe('Belarusian (беларуская)');
  });
});
