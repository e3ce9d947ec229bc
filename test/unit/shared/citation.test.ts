import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitationLine, type CitationSource } from '../../../src/shared/citation';

const source: CitationSource = {
  issuer: 'Ministry of Foreign Affairs of the Republic of Belarus',
  documentTitle: 'The United Nations High Commissioner for Human Rights',
  descriptiveTitle: null,
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

  it.each([
    [
      'fr',
      '— United Nations General Assembly, «\u00a0Déclaration universelle\u00a0», section 20 «\u00a0Article 19\u00a0», paragraphe 1, point 2.',
    ],
    [
      'es',
      '— United Nations General Assembly, «Declaración Universal», sección 20 «Artículo 19», párrafo 1, apartado 2.',
    ],
    ['ru', '— United Nations General Assembly, «Всеобщая декларация», раздел 20 «Статья 19», пункт 1, подпункт 2.'],
    [
      'be',
      '— United Nations General Assembly, «Усеагульная дэкларацыя», раздзел 20 «Артыкул 19», пункт 1, падпункт 2.',
    ],
    ['ar', '— United Nations General Assembly، «الإعلان العالمي»، القسم 20 «المادة 19»، الفقرة 1، البند 2.'],
    ['zh', '——United Nations General Assembly，《世界人权宣言》，第20节“第十九条”，第1段，第2项。'],
  ])('words a citation of a document in %s in that language', (language, line) => {
    const titles: Record<string, [string, string]> = {
      fr: ['Déclaration universelle', 'Article 19'],
      es: ['Declaración Universal', 'Artículo 19'],
      ru: ['Всеобщая декларация', 'Статья 19'],
      be: ['Усеагульная дэкларацыя', 'Артыкул 19'],
      ar: ['الإعلان العالمي', 'المادة 19'],
      zh: ['世界人权宣言', '第十九条'],
    };
    const [documentTitle, sectionTitle] = titles[language]!;
    const cited = {
      ...source,
      issuer: 'United Nations General Assembly',
      documentTitle,
      sectionTitle,
      sectionNumber: 20,
      paragraphNumber: 1,
      itemNumber: 2,
      language,
    };
    expect(formatCitationLine(cited)).toBe(line);
    const { text, html } = formatCitation(cited);
    expect(visibleText(html)).toBe(text);
    expect(html).toContain(` lang="${language}"`);
    expect(html.includes(' dir="rtl"')).toBe(language === 'ar');
  });

  it.each([
    ['fr', '«\u00a0…premiers mots.', 'suite\u00a0»', 'paragraphes 3–4.', 'paragraphe 2, points 2–3.'],
    ['ru', '«…первые слова.', 'дальше»', 'пункты 3–4.', 'пункт 2, подпункты 2–3.'],
    ['ar', '«…الكلمات الأولى.', 'التالي»', 'الفقرات 3–4.', 'الفقرة 2، البنود 2–3.'],
    ['zh', '“…第一句。', '下一句”', '第3–4段。', '第2段，第2–3项。'],
  ])(
    'cites a selection in %s with that language’s quotation marks and range words',
    (language, opening, closing, paragraphs, items) => {
      const words: Record<string, [string, string]> = {
        fr: ['…premiers mots.', 'suite'],
        ru: ['…первые слова.', 'дальше'],
        ar: ['…الكلمات الأولى.', 'التالي'],
        zh: ['…第一句。', '下一句'],
      };
      const [text, next] = words[language]!;
      const range = formatCitation({
        ...source,
        language,
        paragraphNumber: 3,
        text,
        following: [{ text: next, items: [] }],
        end: { paragraphNumber: 4, itemNumber: null },
      });
      const lines = range.text.split('\n');
      expect(lines.slice(0, 2)).toEqual([opening, closing]);
      expect(lines[2]!.endsWith(paragraphs)).toBe(true);
      expect(visibleText(range.html)).toBe(range.text);
      const line = formatCitationLine({
        ...source,
        language,
        itemNumber: 2,
        text,
        items: [next],
        end: { paragraphNumber: 2, itemNumber: 3 },
      });
      expect(line.endsWith(items)).toBe(true);
    },
  );

  it('words a citation in English for a language without its own words, and marks no language in English', () => {
    expect(formatCitationLine({ ...source, language: 'uk' })).toMatch(
      /, section 5 “Bilateral human rights dialogues\.”, paragraph 2\.$/,
    );
    expect(formatCitation({ ...source, language: 'en-GB' }).html).not.toContain('lang=');
  });
  it('cites a document by its descriptive title in square brackets, with its heading as published quoted beside it', () => {
    const described = {
      ...source,
      descriptiveTitle: 'Statement of the Republic of Belarus on cooperation with the UN <human rights> system',
    };
    const { text, html } = formatCitation(described);
    expect(formatCitationLine(described)).toBe(
      '— Ministry of Foreign Affairs of the Republic of Belarus, [Statement of the Republic of Belarus on cooperation with the UN <human rights> system] ' +
        '(headed “The United Nations High Commissioner for Human Rights”), section 5 “Bilateral human rights dialogues.”, paragraph 2.',
    );
    expect(html).toContain(
      '[Statement of the Republic of Belarus on cooperation with the UN &#60;human rights&#62; system]',
    );
    expect(visibleText(html)).toBe(text);
  });
});
