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

  it('makes URL-safe, unique section ids', () => {
    expect(slugify('Cooperation with the Human Rights Council’s mechanisms')).toBe(
      'cooperation-with-the-human-rights-council-mechanisms',
    );
    const twice = parseSourceDocument('x.md', `${FRONT}\n## Same\n\nA.\n\n## Same\n\nB.\n`);
    expect(twice.sections.map((section) => section.id)).toEqual(['same', 'same-2']);
    expect(twice.id).toBe('x');
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
