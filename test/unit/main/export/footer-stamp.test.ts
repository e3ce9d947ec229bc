// @vitest-environment jsdom
// (jsdom only parses the composed stamp so that assertions can query it.)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyFooterStamp, composeFooterStamp, footerStampPdfOptions } from '../../../../src/main/export/footer-stamp';
import { printSettingsFor } from '../../../../src/main/export/print-settings';
import { printStylesheet } from '../../../../src/main/export/print-stylesheet';
import { tempDir } from '../../../support/temp-folders';

const settings = printSettingsFor(
  { paper: 'A4', tableOfContents: false, paragraphNumbers: true },
  {
    documentTitle: 'Title',
    issuer: 'Issuer',
    contentHash: 'c'.repeat(64),
    alteredNotice: null,
    exportedAt: new Date(2026, 10, 28),
  },
);

/** A PDF of `texts.length` A4 pages, page n showing `texts[n]` at height `y` (titled `title`). */
async function pdfOf(
  texts: string[],
  title: string,
  { y = 400, size = [595.28, 841.89] as [number, number] } = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const text of texts) document.addPage(size).drawText(text, { x: 72, y, size: 12, font });
  document.setTitle(title);
  return document.save();
}

function textOfPage(pdf: Uint8Array, page: number): string {
  const file = join(tempDir(), 'stamped.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

describe('composeFooterStamp', () => {
  it('has one page per label, each on the named page whose footer box holds that label, and nothing else', () => {
    const html = composeFooterStamp(settings, ['Contents', 'One “quoted”', 'One “quoted”', 'Two'], 'en');
    const dom = new DOMParser().parseFromString(html, 'text/html');
    expect([...dom.querySelectorAll('body > div')].map((page) => page.className)).toEqual([
      'stamp-page page-f-1',
      'stamp-page page-f-2',
      'stamp-page page-f-2',
      'stamp-page page-f-3',
    ]);
    expect(dom.body.textContent!.trim()).toBe('');
    const css = dom.querySelector('style')!.textContent!;
    expect(css).toContain('.page-f-2 { page: f-2; }');
    expect(css).toContain('content: "One \\00201c quoted\\00201d " "\\a" "Exported 28 November 2026 ');
    expect(css).not.toMatch(/@top-left|@bottom-right|counter\(page\)/);
  });

  it('lays its footer box out exactly as the document does: same page geometry, same box rule', () => {
    const stampCss = new DOMParser()
      .parseFromString(composeFooterStamp(settings, ['One'], 'en'), 'text/html')
      .querySelector('style')!.textContent!;
    const documentCss = printStylesheet(settings, [{ name: 'f-1', footerLabel: 'One' }], {
      kind: 'in-document',
      unnamedLabel: 'x',
    });
    const geometry = /size: [^;]+;\s*margin: [^;]+;/;
    expect(stampCss.match(geometry)![0]).toBe(documentCss.match(geometry)![0]);
    const box = /@page f-1 \{ @bottom-left \{[^}]+\} \}/;
    expect(stampCss.match(box)![0]).toBe(documentCss.match(box)![0]);
  });

  it('is printed on the same paper, without bookmarks or tags', () => {
    expect(footerStampPdfOptions(settings)).toEqual({
      ...settings.pdf,
      generateDocumentOutline: false,
      generateTaggedPDF: false,
    });
  });
});

describe('applyFooterStamp', () => {
  it('lays each stamp page over the same page of the export, keeping its text and title', async () => {
    const stamped = await applyFooterStamp(
      await pdfOf(['Body one', 'Body two'], 'The export'),
      await pdfOf(['Footer one', 'Footer two'], 'Stamp', { y: 60 }),
    );
    expect(textOfPage(stamped, 1)).toMatch(/Body one[\s\S]*Footer one/);
    expect(textOfPage(stamped, 2)).toMatch(/Body two[\s\S]*Footer two/);
    expect(textOfPage(stamped, 2)).not.toContain('Footer one');
    const reread = await PDFDocument.load(stamped, { updateMetadata: false });
    expect(reread.getTitle()).toBe('The export');
    expect(reread.getPageCount()).toBe(2);
  });

  it('refuses a stamp whose pages do not match the export', async () => {
    const pdf = await pdfOf(['a', 'b'], 'x');
    await expect(applyFooterStamp(pdf, await pdfOf(['a'], 'x'))).rejects.toThrow(/1 pages for 2/);
    await expect(applyFooterStamp(pdf, await pdfOf(['a', 'b'], 'x', { size: [612, 792] }))).rejects.toThrow(
      /not the size/,
    );
  });
});
