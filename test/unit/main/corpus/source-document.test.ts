import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument, slugify, SourceDocumentError } from '../../../../src/main/corpus/source-document';
import { DOCUMENTS_DIR } from '../../../support/paths';
import { normalizeSpace, readSeed } from '../../../support/seed';

const FRONT = `---
title: T
issuer: I
language: en
provenance: P
---
`;

describe('source document parser', () => {
  const name = 'belarus-un-human-rights-cooperation.md';
  const bundled = parseSourceDocument(name, readFileSync(join(DOCUMENTS_DIR, name), 'utf8'));

  it('turns the bundled statement into an opening section plus one section per heading', () => {
    const seed = readSeed();
    expect(bundled.title).toBe(seed.title);
    expect(bundled.sections.map((section) => section.title)).toEqual(['Opening statement', ...seed.headings]);
    expect(bundled.sections[0]!.editorialTitle).toBe(true);
    expect(bundled.sections.slice(1).every((section) => !section.editorialTitle)).toBe(true);
  });

  it('keeps every paragraph and list item verbatim and in order', () => {
    const passages = bundled.sections.flatMap((section) =>
      section.paragraphs.flatMap((p) => [p.text, ...p.items.map((item) => item.text)]),
    );
    expect(passages.map(normalizeSpace)).toEqual(readSeed().passages);
    expect(passages.join(' ')).toContain('constrictive');
  });

  it('attaches the bulleted list to the paragraph before it, with stable ids', () => {
    const mechanisms = bundled.sections.find(
      (section) => section.id === 'cooperation-with-the-human-rights-council-mechanisms',
    )!;
    const owner = mechanisms.paragraphs.find((paragraph) => paragraph.items.length > 0)!;
    expect(owner.text).toMatch(/in particular, to:$/);
    expect(owner.items).toHaveLength(9);
    expect(owner.items[8]).toEqual({
      id: `${owner.id}-i9`,
      number: 9,
      text: 'Special rapporteur on the sale of children, child prostitution and child pornography.',
    });
  });

  it('reads a descriptive title beside the heading as published, and none when the front matter gives none', () => {
    expect(bundled.title).toBe('The United Nations High Commissioner for Human Rights');
    expect(bundled.descriptiveTitle).toBe(
      'Statement of the Republic of Belarus on cooperation with the UN human rights system',
    );
    const plain = parseSourceDocument('x.md', `${FRONT}\n## H\n\nText.\n`);
    expect('descriptiveTitle' in plain).toBe(false);
    expect(() =>
      parseSourceDocument('x.md', `${FRONT.replace('title: T', 'title: T\ndescriptiveTitle: ""')}\n## H\n\nText.\n`),
    ).toThrow(/'descriptiveTitle' must be a non-empty string/);
  });

  it('keeps the name of the file a document was built from, whatever its id', () => {
    expect(bundled.sourceFile).toBe(name);
    const renamed = parseSourceDocument(
      '/tmp/sources/other-name.md',
      `${FRONT.replace('title: T', 'id: given-id\ntitle: T')}\n## H\n\nText.\n`,
    );
    expect(renamed.id).toBe('given-id');
    expect(renamed.sourceFile).toBe('other-name.md');
  });

  it('reads the work a document is one language of, and none when the front matter names none', () => {
    const english = parseSourceDocument('udhr-eng.md', readFileSync(join(DOCUMENTS_DIR, 'udhr-eng.md'), 'utf8'));
    expect(english.work).toBe('udhr');
    expect('work' in bundled).toBe(false);
    expect(() =>
      parseSourceDocument('x.md', `${FRONT.replace('title: T', 'title: T\nwork: Human Rights')}\n## H\n\nText.\n`),
    ).toThrow(/work 'Human Rights' must be lower-case words joined by '-'/);
  });

  it('makes URL-safe, unique section ids', () => {
    expect(slugify('Cooperation with the Human Rights Council’s mechanisms')).toBe(
      'cooperation-with-the-human-rights-council-mechanisms',
    );
    const twice = parseSourceDocument('x.md', `${FRONT}\n## Same\n\nA.\n\n## Same\n\nB.\n`);
    expect(twice.sections.map((section) => section.id)).toEqual(['same', 'same-2']);
    expect(twice.id).toBe('x');
  });

  it('gives ids for every script: explicit ones as written, a Latin slug, else section-N', () => {
    const parsed = parseSourceDocument(
      'x.md',
      `${FRONT}\n## Статья 1\n\nA.\n\n## 序言\n\nB.\n\n## Article 19 {#article-19}\n\nC.\n\n## Section 4\n\nD.\n\n## Section 5 {#section-4}\n\nE.\n`,
    );
    expect(parsed.sections.map((section) => [section.id, section.title])).toEqual([
      ['section-1', 'Статья 1'],
      ['section-2', '序言'],
      ['article-19', 'Article 19'],
      ['section-4-2', 'Section 4'], // its slug is the explicit id of a later section
      ['section-4', 'Section 5'],
    ]);
    expect(slugify('Статья 1')).toBe('');
    expect(slugify('Ørsted report')).toBe('');
  });

  it.each([
    ['a duplicate explicit id', '## A {#same}\n\nA.\n\n## B {#same}\n\nB.\n', /two sections have the id 'same'/],
    ['an explicit id that is not an id', '## A {#Article 1}\n\nA.\n', /x\.md:8: section id 'Article 1'/],
    ['a heading that is only an id', '## {#a}\n\nA.\n', /x\.md:8: a heading needs a title/],
  ])('rejects %s', (_case, body, message) => {
    expect(() => parseSourceDocument('x.md', `${FRONT}\n${body}`)).toThrow(message);
  });

  it('reads a line that begins with a backslash as text, whatever follows', () => {
    const parsed = parseSourceDocument(
      'x.md',
      `${FRONT}\n## H\n\n\\- 1948, a dash.\n\n\\## not a heading\n\n\\1. not numbered\n\n\\\\ one backslash\n\nText\n\\- on the next line\n`,
    );
    expect(parsed.sections[0]!.paragraphs.map((paragraph) => [paragraph.text, paragraph.items.length])).toEqual([
      ['- 1948, a dash.', 0],
      ['## not a heading', 0],
      ['1. not numbered', 0],
      ['\\ one backslash', 0],
      ['Text - on the next line', 0],
    ]);
  });

  it('reads numbered paragraphs as the items of a numbered list, keeping their numbers', () => {
    const parsed = parseSourceDocument(
      'x.md',
      `${FRONT}\n## H\n\n1. First.\n\n3. Third (the source has no second).\n\nAfter.\n`,
    );
    expect(parsed.sections[0]!.paragraphs).toEqual([
      { id: 'p1', number: 1, numbered: true, text: 'First.', items: [] },
      { id: 'p3', number: 3, numbered: true, text: 'Third (the source has no second).', items: [] },
      { id: 'p4', number: 4, text: 'After.', items: [] },
    ]);
    expect(() => parseSourceDocument('x.md', `${FRONT}\n## H\n\n2. Two.\n\n2. Two again.\n`)).toThrow(
      /x\.md:12: paragraph number 2 must be greater than the number before it \(2\)/,
    );
  });

  it('keeps every character but spaces and tabs around a line (an ideographic space is text)', () => {
    const parsed = parseSourceDocument('x.md', `${FRONT}\n## H\n\n \t全部の人は、ある。 \u3000\t \n`);
    expect(parsed.sections[0]!.paragraphs[0]!.text).toBe('全部の人は、ある。 \u3000');
  });

  it.each([
    ['no front matter', 'Just text', /must start with YAML front matter/],
    ['unclosed front matter', '---\ntitle: T\n', /not closed/],
    [
      'missing field',
      '---\ntitle: T\nissuer: I\nlanguage: en\n---\n\n## H\n\nText.\n',
      /'provenance' must be a non-empty string/,
    ],
    ['bad id', FRONT.replace('title: T', 'id: Not An Id\ntitle: T') + '\n## H\n\nText.\n', /id 'Not An Id'/],
    ['text before the first heading without a label', `${FRONT}\nOrphan text.\n`, /x\.md:8: .*openingSectionTitle/],
    ['list without a paragraph', `${FRONT}\n## H\n\n- item\n`, /x\.md:10: a list item must follow/],
    ['unsupported Markdown', `${FRONT}\n## H\n\n### Sub\n`, /x\.md:10: unsupported Markdown/],
    ['empty section', `${FRONT}\n## H\n\n## K\n\nText.\n`, /section 'H' has no paragraphs/],
  ])('rejects %s with a message naming the file (and line)', (_case, source, message) => {
    expect(() => parseSourceDocument('x.md', source)).toThrow(SourceDocumentError);
    expect(() => parseSourceDocument('x.md', source)).toThrow(message);
  });
});
