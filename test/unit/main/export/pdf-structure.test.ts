import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfLayout } from '../../../../src/main/export/pdf-structure';

/** A minimal PDF laid out the way Chromium's Skia backend writes one: nested page tree, flat outline. */
function skiaLikePdf({ count = 3, outlineCycle = false } = {}): Uint8Array {
  const objects = [
    '1 0 obj\n<</Type /Catalog\n/Pages 9 0 R\n/Outlines 20 0 R>>\nendobj',
    '2 0 obj\n<</Type /Page\n/Parent 7 0 R\n/Resources <</Font <</F1 5 0 R>> >>\n/Contents 3 0 R>>\nendobj',
    '4 0 obj\n<</Type /Page\n/Parent 7 0 R>>\nendobj',
    '6 0 obj\n<</Type /Page\n/Parent 8 0 R>>\nendobj',
    '7 0 obj\n<</Type /Pages\n/Count 2\n/Kids [2 0 R 4 0 R]\n/Parent 9 0 R>>\nendobj',
    '8 0 obj\n<</Type /Pages\n/Count 1\n/Kids [6 0 R]\n/Parent 9 0 R>>\nendobj',
    `9 0 obj\n<</Type /Pages\n/Count ${count}\n/MediaBox [0 0 595 842]\n/Kids [7 0 R 8 0 R]>>\nendobj`,
    '20 0 obj\n<</Type /Outlines\n/First 21 0 R\n/Last 22 0 R\n/Count 2>>\nendobj',
    '21 0 obj\n<</Title (A \\) >> endobj /Next 21 0 R)\n/Dest [4 0 R /XYZ 63.3 757.2 0]\n/Parent 20 0 R\n/Next 22 0 R>>\nendobj',
    `22 0 obj\n<</Title <FEFF0042>\n/Dest [6 0 R /XYZ 63.3 757.2 0]\n/Parent 20 0 R${outlineCycle ? '\n/Next 21 0 R' : ''}\n/Prev 21 0 R>>\nendobj`,
    // Page content after the page tree, holding bytes that look like an object: must be skipped.
    '3 0 obj\n<</Length 40>> stream\nBT 9 0 obj <</Type /Pages /Count 1 /Kids [2 0 R]>> endobj ET\nendstream\nendobj',
  ];
  return new TextEncoder().encode(`%PDF-1.4\n${objects.join('\n')}\ntrailer\n<</Root 1 0 R>>\n%%EOF`);
}

/**
 * A PDF whose every object (catalog, page tree, outline) sits in a compressed object stream, found
 * through a cross-reference stream: what a PDF writer may produce any day, and what pdf-lib writes
 * with `useObjectStreams`. Bookmarks point at `targets` (1-based pages), as `/Dest` arrays or, with
 * `asActions`, as `/GoTo` actions.
 */
async function compressedPdf(pageCount: number, targets: number[], asActions = false): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const pages = Array.from({ length: pageCount }, () => document.addPage());
  const { context } = document;
  const outlines = context.nextRef();
  const items = targets.map(() => context.nextRef());
  targets.forEach((target, i) => {
    const destination = [pages[target - 1]!.ref, 'XYZ', null, null, null];
    const item = context.obj({
      Title: PDFString.of(`Section ${i + 1}`),
      Parent: outlines,
      ...(asActions ? { A: { S: 'GoTo', D: destination } } : { Dest: destination }),
      ...(i > 0 ? { Prev: items[i - 1] } : {}),
      ...(i < items.length - 1 ? { Next: items[i + 1] } : {}),
    });
    context.assign(items[i]!, item);
  });
  context.assign(
    outlines,
    context.obj({ Type: 'Outlines', First: items[0]!, Last: items.at(-1)!, Count: items.length }),
  );
  document.catalog.set(PDFName.of('Outlines'), outlines);
  return document.save({ useObjectStreams: true });
}

describe('readPdfLayout', () => {
  it('walks a nested page tree in order and finds the page of each top-level bookmark, whatever strings and streams hold', async () => {
    // The media box is inherited from the page tree; each bookmark points 757.2 pt up a 842 pt page.
    expect(await readPdfLayout(skiaLikePdf())).toEqual({
      pageCount: 3,
      outlinePages: [2, 3],
      outlineOffsets: [expect.closeTo(84.8, 6), expect.closeTo(84.8, 6)],
    });
  });

  it('reads a PDF whose objects are compressed in object streams', async () => {
    const pdf = await compressedPdf(4, [1, 3, 4]);
    // Nothing of the structure is readable as plain text: a reader of the raw bytes would find no catalog.
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/\/Type\s*\/(Catalog|Pages|Outlines)/);
    // Destinations with a null height: where on the page is not known.
    expect(await readPdfLayout(pdf)).toEqual({
      pageCount: 4,
      outlinePages: [1, 3, 4],
      outlineOffsets: [null, null, null],
    });
  });

  it('follows bookmarks written as GoTo actions too', async () => {
    expect(await readPdfLayout(await compressedPdf(3, [2, 3], true))).toEqual({
      pageCount: 3,
      outlinePages: [2, 3],
      outlineOffsets: [null, null],
    });
  });

  it('answers null rather than guess when the structure is not understood', async () => {
    expect(await readPdfLayout(new TextEncoder().encode('<html>not a pdf</html>'))).toBeNull();
    expect(await readPdfLayout(skiaLikePdf({ count: 4 }))).toBeNull();
    expect(await readPdfLayout(skiaLikePdf({ outlineCycle: true }))).toBeNull();
    expect(await readPdfLayout(skiaLikePdf().subarray(0, 200))).toBeNull();
  });
});
