/**
 * What the writer writes, the parser reads back the same: for thousands of random documents whose
 * paragraphs begin like list items, headings, numbered items, quotes or backslashes, in any script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../../../src/main/corpus/source-document';
import {
  formatSourceDocument,
  SourceDraftError,
  type SourceDocumentDraft,
} from '../../../../src/main/corpus/source-document-writer';

/** Text that starts like Markdown structure as often as not, in several scripts, never blank at the ends. */
const awkwardText = fc
  .tuple(
    fc.constantFrom('', '- ', '## ', '# ', '> ', '| ', '```', '\\', '\\\\', '1. ', '23. ', ' ', '\t', '\u3000', '---'),
    fc.array(fc.constantFrom('word', 'Статья', '权利', 'الحق', '“quoted”', '{#id}', '-', '*', '1.', '\u00a0'), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([start, words]) => `${start}${words.join(' ')}`)
  .filter((text) => /\S$/u.test(text) && !/[ \t]$/.test(text));

const draft: fc.Arbitrary<SourceDocumentDraft> = fc
  .array(
    fc.record({
      title: fc.constantFrom('Article 1', 'Статья 19', '序言', 'Heading {#not-an-id}', 'الديباجة'),
      paragraphs: fc.array(fc.record({ text: awkwardText, numbered: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((sections) => ({
    frontMatter: { title: 'T', issuer: 'I', language: 'en', provenance: 'P' },
    sections: sections.map((section, s) => ({
      title: section.title,
      id: `s-${s + 1}`,
      paragraphs: section.paragraphs.map((paragraph, p) =>
        // A numbered paragraph cannot begin with a space: those stay plain paragraphs here.
        paragraph.numbered && !/^[ \t]/.test(paragraph.text)
          ? { text: paragraph.text, number: 2 * (p + 1) }
          : { text: paragraph.text },
      ),
    })),
  }));

describe('the source document writer', () => {
  it('writes documents the parser reads back with the same titles, ids, texts and numbers', () => {
    fc.assert(
      fc.property(draft, (written) => {
        const parsed = parseSourceDocument('x.md', formatSourceDocument(written));
        expect(parsed.sections.map((section) => [section.id, section.title])).toEqual(
          written.sections.map((section) => [section.id, section.title]),
        );
        parsed.sections.forEach((section, s) => {
          const paragraphs = written.sections[s]!.paragraphs;
          expect(section.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs.map((p) => p.text));
          expect(section.paragraphs.every((paragraph) => paragraph.items.length === 0)).toBe(true);
          section.paragraphs.forEach((paragraph, p) => {
            const number = paragraphs[p]!.number;
            if (number !== undefined) expect(paragraph).toMatchObject({ number, numbered: true });
            else expect(paragraph.numbered).toBeUndefined();
          });
        });
      }),
      { numRuns: 2_000, seed: 19 },
    );
  });

  it('writes text before the first heading under the front matter’s label', () => {
    const text = formatSourceDocument({
      frontMatter: { title: 'T', issuer: 'I', language: 'ar', openingSectionTitle: 'Preamble', provenance: 'P' },
      sections: [{ title: null, id: null, paragraphs: [{ text: '- ولما كان' }] }],
    });
    const parsed = parseSourceDocument('x.md', text);
    expect(parsed.sections[0]).toMatchObject({ id: 'preamble', title: 'Preamble', editorialTitle: true });
    expect(parsed.sections[0]!.paragraphs[0]!.text).toBe('- ولما كان');
  });

  it.each([
    ['an empty paragraph', { text: '' }],
    ['a paragraph of two lines', { text: 'one\ntwo' }],
    ['a paragraph ending with a space', { text: 'end ' }],
    ['a numbered paragraph beginning with a space', { text: ' one', number: 1 }],
  ])('refuses %s, which could not be read back the same', (_case, paragraph) => {
    expect(() =>
      formatSourceDocument({
        frontMatter: { title: 'T' },
        sections: [{ title: 'H', id: null, paragraphs: [paragraph] }],
      }),
    ).toThrow(SourceDraftError);
  });
});
