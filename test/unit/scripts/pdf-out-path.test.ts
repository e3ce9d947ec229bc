import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfOutTarget, savePathIn } from '../../../scripts/pdf-out-path';
import { tempDir } from '../../support/temp-folders';

describe('pdfOutTarget: where --out saves', () => {
  const cwd = '/home/reader/work';

  it.each([
    ['handout.pdf', '/home/reader/work/handout.pdf'],
    ['Handout.PDF', '/home/reader/work/Handout.PDF'],
    ['handout', '/home/reader/work/handout.pdf'],
    ['handout.', '/home/reader/work/handout.pdf'],
    ['minutes 1.5', '/home/reader/work/minutes 1.5.pdf'],
    ['/tmp/x.pdf', '/tmp/x.pdf'],
  ])('%j saves %j', (out, path) => {
    expect(pdfOutTarget(out, cwd)).toEqual({ kind: 'file', path });
  });

  it.each([
    ['x.txt', "--out must name a .pdf file, not a .txt file ('x.txt'); for example --out x.pdf."],
    ['notes/x.docx', "--out must name a .pdf file, not a .docx file ('notes/x.docx'); for example --out notes/x.pdf."],
  ])('refuses %j: %s', (out, message) => {
    expect(pdfOutTarget(out, cwd)).toEqual({ kind: 'refused', message });
  });

  it('saves into a folder under the proposed name', () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'handouts'));
    const existing = pdfOutTarget('handouts', folder);
    expect(existing).toEqual({ kind: 'folder', folder: join(folder, 'handouts') });
    expect(savePathIn(existing as { kind: 'folder'; folder: string }, 'Statement.pdf')).toBe(
      join(folder, 'handouts', 'Statement.pdf'),
    );
    expect(pdfOutTarget('later/', folder)).toEqual({ kind: 'folder', folder: join(folder, 'later') });
  });
});
