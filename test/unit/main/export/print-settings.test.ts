import { describe, expect, it } from 'vitest';
import { toPlaywrightPdfOptions } from '../../../../scripts/chromium-pdf-renderer';
import { toElectronPdfOptions } from '../../../../src/main/electron/electron-pdf-renderer';
import { formatExportDate, printSettingsFor, type PrintProvenance } from '../../../../src/main/export/print-settings';

const provenance: PrintProvenance = {
  documentTitle: 'Statement on cooperation',
  issuer: 'Ministry of Foreign Affairs',
  contentHash: 'b9ec6b03055699ba390bc47c6754fe267d9a0c386456bc3e3d10c2e27846e0c7',
  alteredNotice: null,
  exportedAt: new Date(2026, 0, 5, 23, 59),
};

describe('printSettingsFor: the one mapping from export options to print options', () => {
  it('maps A4 and Letter to their sizes in inches, with the same margins', () => {
    const a4 = printSettingsFor({ paper: 'A4', tableOfContents: false, paragraphNumbers: false }, provenance);
    const letter = printSettingsFor({ paper: 'Letter', tableOfContents: true, paragraphNumbers: true }, provenance);
    expect(a4.page.widthInches * 25.4).toBeCloseTo(210, 6);
    expect(a4.page.heightInches * 25.4).toBeCloseTo(297, 6);
    expect([letter.page.widthInches, letter.page.heightInches]).toEqual([8.5, 11]);
    expect([a4.pdf.paperWidthInches, a4.pdf.paperHeightInches]).toEqual([a4.page.widthInches, a4.page.heightInches]);
    expect(a4.pdf.margins).toEqual(a4.page.margins);
    expect(letter.page.margins).toEqual(a4.page.margins);
  });

  it('asks for bookmarks and a tagged PDF, and leaves header and footer to the document', () => {
    const { pdf } = printSettingsFor({ paper: 'A4', tableOfContents: false, paragraphNumbers: false }, provenance);
    expect(pdf).toMatchObject({
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      landscape: false,
    });
  });

  it('puts the document title in the header and date, issuer and short content hash in the footer', () => {
    const { running, exportDate, shortContentHash } = printSettingsFor(
      { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
      provenance,
    );
    expect(running.header).toBe('Statement on cooperation');
    expect(exportDate).toBe('5 January 2026');
    expect(shortContentHash).toBe('b9ec6b030556');
    expect(running.exportNote).toBe('Exported 5 January 2026 · Ministry of Foreign Affairs');
    expect(running.contentNote).toBe('Content b9ec6b030556');
  });

  it('prints the local calendar day, whatever the locale', () => {
    expect(formatExportDate(new Date(2026, 11, 31, 0, 1))).toBe('31 December 2026');
    expect(formatExportDate(new Date(2027, 1, 1))).toBe('1 February 2027');
  });
});

describe('the two PDF adapters rename the same options and decide nothing', () => {
  it.each(['A4', 'Letter'] as const)(
    'gives Electron and Playwright the same page, margins, outline and tagging (%s)',
    (paper) => {
      const { pdf } = printSettingsFor({ paper, tableOfContents: true, paragraphNumbers: true }, provenance);
      const electron = toElectronPdfOptions(pdf);
      const playwright = toPlaywrightPdfOptions(pdf);
      expect(electron.pageSize).toEqual({ width: pdf.paperWidthInches, height: pdf.paperHeightInches });
      expect([playwright.width, playwright.height]).toEqual([
        `${pdf.paperWidthInches}in`,
        `${pdf.paperHeightInches}in`,
      ]);
      expect(electron.margins).toEqual(pdf.margins);
      expect(playwright.margin).toEqual({
        top: `${pdf.margins.top}in`,
        right: `${pdf.margins.right}in`,
        bottom: `${pdf.margins.bottom}in`,
        left: `${pdf.margins.left}in`,
      });
      expect([electron.generateDocumentOutline, playwright.outline]).toEqual([true, true]);
      expect([electron.generateTaggedPDF, playwright.tagged]).toEqual([true, true]);
      expect([electron.displayHeaderFooter, playwright.displayHeaderFooter]).toEqual([false, false]);
      expect([electron.preferCSSPageSize, playwright.preferCSSPageSize]).toEqual([true, true]);
      expect([electron.printBackground, playwright.printBackground]).toEqual([true, true]);
    },
  );
});
