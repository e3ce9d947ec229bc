import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Section } from '../../../../src/shared/corpus-types';
import { proposeFileName } from '../../../../src/main/export/export-file-name';

const section = (number: number, title: string): Section => ({
  id: `s${number}`,
  number,
  title,
  editorialTitle: false,
  paragraphs: [],
});

function name(title: string, sections: Section[], whole = false): string {
  const document: CorpusDocument = { id: 'd', title, issuer: 'I', language: 'en', provenance: '', sections };
  return proposeFileName({ document, sections, whole });
}

describe('proposeFileName', () => {
  it('names the whole document, one section, or the numbers of several', () => {
    expect(name('Statement on cooperation', [section(1, 'A'), section(2, 'B')], true)).toBe(
      'Statement on cooperation.pdf',
    );
    expect(name('Statement on cooperation', [section(4, 'The Council’s mechanisms')])).toBe(
      'Statement on cooperation - The Council’s mechanisms.pdf',
    );
    expect(name('Statement', [section(2, 'A'), section(4, 'B')])).toBe('Statement - sections 2, 4.pdf');
  });

  it('replaces characters file systems refuse and trims trailing dots', () => {
    expect(name('Report: 2024/25 <draft> "final"?', [section(1, 'Bilateral dialogues.')])).toBe(
      'Report 2024 25 draft final - Bilateral dialogues.pdf',
    );
    expect(name('***', [], true)).toBe('export.pdf');
  });

  it('cuts long names at a word boundary, keeping the extension', () => {
    const long = name('The United Nations High Commissioner for Human Rights', [
      section(
        3,
        'Cooperation with the Office of the UN High Commissioner for Human Rights and its many regional offices',
      ),
    ]);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(
      /^The United Nations High Commissioner for Human Rights - Cooperation with the Office .*[a-z]\.pdf$/,
    );
    expect(long).not.toMatch(/ \.pdf$/);
  });

  it('shortens the document’s name first, so that a section title fits whole', () => {
    const described = name('Statement of the Republic of Belarus on cooperation with the UN human rights system', [
      section(5, 'Bilateral human rights dialogues.'),
    ]);
    expect(described).toBe(
      'Statement of the Republic of Belarus on cooperation with the UN human rights - Bilateral human rights dialogues.pdf',
    );
    expect(described.length).toBeLessThanOrEqual(120);
  });
});
