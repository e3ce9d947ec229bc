/**
 * THE mapping from the reader's export options to print options. The composer (page geometry and
 * running header/footer text), the Electron adapter (`webContents.printToPDF`), the Chromium adapter
 * (Playwright `page.pdf`) and the system print path all take their settings from `printSettingsFor`,
 * so what the tests check is what the app prints.
 */
import type { ExportOptions, PaperSize } from '../../shared/contract';
import { shortFingerprint } from '../../shared/fingerprint';
import { ALTERED_TEXT_LINE } from '../corpus/altered-text-notice';

/** What a printout says about where it comes from. */
export interface PrintProvenance {
  /** The document's one-line name (`displayTitle`), run in every page header. */
  documentTitle: string;
  issuer: string;
  /** sha256 (hex) of the text as loaded (never the stamped hash: the printout names what it holds). */
  contentHash: string;
  /** The line every page carries when that text is not the published one (see altered-text-notice.ts), else null. */
  alteredNotice: string | null;
  exportedAt: Date;
}

/** Page margins in inches. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Paper size and margins, in inches. */
export interface PageGeometry {
  paper: PaperSize;
  widthInches: number;
  heightInches: number;
  margins: Margins;
}

/**
 * Options for Chromium's print-to-PDF, named as in the DevTools `Page.printToPDF` command that
 * both Electron's `printToPDF` and Playwright's `page.pdf` forward to; each adapter only renames.
 */
export interface PdfPrintOptions {
  paperWidthInches: number;
  paperHeightInches: number;
  margins: Margins;
  landscape: false;
  /** Page size and margins come from the document's `@page` rules (the same numbers as above). */
  preferCSSPageSize: true;
  printBackground: true;
  /**
   * Off: the running header and footer are CSS page-margin boxes in the document itself (see
   * print-stylesheet.ts; footers of flowing sections are stamped on after rendering, see
   * footer-stamp.ts), because Chromium's header/footer templates are one template for every page
   * and so cannot name the section a page belongs to.
   */
  displayHeaderFooter: false;
  /**
   * One PDF bookmark per section (from the section headings, the only headings of the document).
   * Off only for the footer stamp (footer-stamp.ts), which has no headings.
   */
  generateDocumentOutline: boolean;
  /** A tagged (accessible) PDF: headings, paragraphs and lists keep their structure. Off only for the footer stamp. */
  generateTaggedPDF: boolean;
}

/** The text of the running header and footer. */
export interface RunningText {
  /** Top of every page. */
  header: string;
  /** Top of every page, above the header, when the text is not the published one (`ALTERED_TEXT_LINE`); else null. */
  alteredNotice: string | null;
  /** Footer line under the section title: export date and issuer. */
  exportNote: string;
  /** Footer line under the page number: the short content hash. */
  contentNote: string;
  /** Footer label of the pages before the first section (title page and contents). */
  frontMatterLabel: string;
  /** "Page X of Y" around the two counters. */
  pageLabel: { before: string; between: string };
}

/** Everything the composer and the renderers need to print one export. */
export interface PrintSettings {
  options: ExportOptions;
  page: PageGeometry;
  running: RunningText;
  pdf: PdfPrintOptions;
  /** Export date as printed ("28 November 2026"). */
  exportDate: string;
  /** sha256 (hex) of the text as loaded, printed in full on the title block. */
  contentHash: string;
  /** The short fingerprint of the content hash (`shortFingerprint`), as printed in every footer. */
  shortContentHash: string;
  /** The full altered-text sentence of the title block (both fingerprints), or null for the published text. */
  alteredNotice: string | null;
}

/** Paper sizes in inches (ISO 216 A4 is 210 × 297 mm). */
const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210 / 25.4, height: 297 / 25.4 },
  Letter: { width: 8.5, height: 11 },
};

/** Generous side margins for a readable measure; room above for the header and below for a two-line footer. */
const MARGINS: Margins = { top: 0.9, right: 1, bottom: 1.05, left: 1 };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as printed on exports: "28 November 2026" (local calendar day; unambiguous in every locale). */
export function formatExportDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** Maps export options and provenance to the print settings every renderer uses. */
export function printSettingsFor(options: ExportOptions, provenance: PrintProvenance): PrintSettings {
  const paper = PAPER[options.paper];
  const exportDate = formatExportDate(provenance.exportedAt);
  const shortContentHash = shortFingerprint(provenance.contentHash);
  return {
    options,
    page: { paper: options.paper, widthInches: paper.width, heightInches: paper.height, margins: MARGINS },
    running: {
      header: provenance.documentTitle,
      alteredNotice: provenance.alteredNotice === null ? null : ALTERED_TEXT_LINE,
      exportNote: `Exported ${exportDate} · ${provenance.issuer}`,
      contentNote: `Content ${shortContentHash}`,
      frontMatterLabel: 'Contents',
      pageLabel: { before: 'Page ', between: ' of ' },
    },
    pdf: {
      paperWidthInches: paper.width,
      paperHeightInches: paper.height,
      margins: MARGINS,
      landscape: false,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    },
    exportDate,
    contentHash: provenance.contentHash,
    shortContentHash,
    alteredNotice: provenance.alteredNotice,
  };
}
