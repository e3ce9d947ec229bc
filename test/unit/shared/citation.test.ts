import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitationLine, type CitationSource } from '../../../src/shared/citation';

const source: CitationSource = {
  issuer: 'Ministry of Foreign Affairs of the Republic of Belarus',
  documentTitle: 'The United Nations High Commissioner for Human Rights',
  sectionNumber: 5,
  sectionTitle: 'Bilateral human rights dialogues.',
  editorialTitle: false,
  paragraphNumber: 2,
  itemNumber: null,
  text: 'Belarus holds dialogues with the EU & others on "<rights>".',
  items: [],
};

/** The text a reader sees when the HTML is pasted: paragraphs and list items on lines of their own, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/\n/g, '')
    .replace(/<li>/g, '\n• ')
    .replace(/<\/(p|ul|blockquote)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trim()
    .replace(/\n+/g, '\n');
}

describe('formatCitation', () => {
  it('quotes the words verbatim and names issuer, title, section and paragraph', () => {
    const { text } = formatCitation(source);
    expect(text).toBe(
      '“Belarus holds dialogues with the EU & others on "<rights>".”\n' +
        '— Ministry of Foreign Affairs of the Republic of Belarus, “The United Nations High Commissioner for Human Rights”, ' +
        'section 5 “Bilateral human rights dialogues.”, paragraph 2.',
    );
  });

  it('gives HTML with exactly the same words, markup characters escaped', () => {
    const { text, html } = formatCitation(source);
    expect(html).toContain('&#60;rights&#62;');
    expect(html).not.toContain('<rights>');
    expect(html).toContain('<cite>The United Nations High Commissioner for Human Rights</cite>');
    expect(visibleText(html)).toBe(text);
  });

  it('cites a list item by its number, and a paragraph with the list it introduces', () => {
    const item = formatCitation({ ...source, itemNumber: 3, text: 'the third item' });
    expect(item.text).toMatch(/^“the third item”\n— .*, paragraph 2, item 3\.$/);
    const withList = formatCitation({ ...source, text: 'Belarus proposes:', items: ['first;', 'second.'] });
    expect(withList.text.split('\n')).toEqual([
      '“Belarus proposes:',
      '• first;',
      '• second.”',
      expect.stringMatching(/^— .*paragraph 2\.$/),
    ]);
    expect(visibleText(withList.html)).toBe(withList.text);
  });

  it('cites a quotation over several paragraphs as a range, paragraphs and items on lines of their own', () => {
    const range = formatCitation({
      ...source,
      paragraphNumber: 3,
      text: '…first words.',
      following: [{ text: 'Next paragraph:', items: ['an item;', 'another…'] }],
      end: { paragraphNumber: 4, itemNumber: 2 },
    });
    expect(range.text.split('\n')).toEqual([
      '“…first words.',
      'Next paragraph:',
      '• an item;',
      '• another…”',
      expect.stringMatching(/, section 5 “Bilateral human rights dialogues\.”, paragraphs 3–4\.$/),
    ]);
    expect(visibleText(range.html)).toBe(range.text);
    const items = formatCitation({
      ...source,
      itemNumber: 2,
      text: 'second;',
      items: ['third…'],
      end: { paragraphNumber: 2, itemNumber: 3 },
    });
    expect(items.text).toMatch(/^• “second;\n• third…”\n— .*, paragraph 2, items 2–3\.$/);
    expect(visibleText(items.html)).toBe(items.text);
    const lead = formatCitationLine({ ...source, items: ['first;'], end: { paragraphNumber: 2, itemNumber: 1 } });
    expect(lead).toMatch(/, paragraph 2\.$/);
  });

  it('marks an editorial section title with square brackets (it is not the source’s wording)', () => {
    expect(
      formatCitationLine({ ...source, sectionNumber: 1, sectionTitle: 'Opening statement', editorialTitle: true }),
    ).toBe(
      '— Ministry of Foreign Affairs of the Republic of Belarus, “The United Nations High Commissioner for Human Rights”, section 1 [Opening statement], paragraph 2.',
    );
  });
});
