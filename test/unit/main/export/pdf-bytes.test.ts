import { runInNewContext } from 'node:vm';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../../src/main/export/pdf-bytes';
import { readPdfLayout } from '../../../../src/main/export/pdf-structure';

describe('pdfBytes', () => {
  it('turns bytes from another realm into bytes pdf-lib recognises, and leaves this realm’s alone', async () => {
    const foreign = runInNewContext('new Uint8Array([37, 80, 68, 70])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    const bytes = pdfBytes(foreign);
    expect(bytes instanceof Uint8Array).toBe(true);
    expect([...bytes]).toEqual([37, 80, 68, 70]);
    const own = new Uint8Array([1]);
    expect(pdfBytes(own)).toBe(own);
    // A PDF made in another realm is read, not refused as "not bytes".
    const document = await PDFDocument.create();
    document.addPage();
    const made = await document.save();
    const foreignPdf = runInNewContext('new Uint8Array(bytes)', { bytes: [...made] }) as Uint8Array;
    expect(await readPdfLayout(foreignPdf)).toEqual({ pageCount: 1, outlinePages: [], outlineOffsets: [] });
  });
});
