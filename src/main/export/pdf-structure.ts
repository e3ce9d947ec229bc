/**
 * Reads the page tree and the top-level outline of a rendered PDF with pdf-lib, which parses the
 * file as a PDF reader does: cross-reference tables or streams, and objects stored plainly or
 * compressed in object streams. Used for the page count an export reports and for the page numbers
 * of its table of contents. Anything it does not understand gives null, never a guess.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** What an export needs to know about a rendered PDF. */
export interface PdfLayout {
  pageCount: number;
  /** 1-based page of each top-level bookmark, in outline order. */
  outlinePages: number[];
}

/** The page count and top-level bookmark pages of `pdf`, or null when its structure is not understood. */
export async function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout | null> {
  try {
    // A damaged object fails the read (instead of a warning on the console and a guess);
    // updateMetadata: false, so that reading changes nothing (pdf-lib would stamp its producer).
    // A fresh view in this realm: pdf-lib checks `instanceof Uint8Array`, which a Buffer made in
    // another realm (a test's DOM environment) would fail.
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    const document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    // A cycle in the page tree makes pdf-lib recurse without end: the RangeError lands in the catch.
    const pages = document.getPages();
    if (pages.length === 0 || document.catalog.Pages().Count().asNumber() !== pages.length) return null;
    const pageOf = new Map(pages.map((page, index) => [page.ref, index + 1]));
    const outlinePages = readOutlinePages(document, pageOf);
    return outlinePages && { pageCount: pages.length, outlinePages };
  } catch {
    // Not a PDF, damaged, encrypted, or holding an object of an unexpected type where we look.
    return null;
  }
}

/**
 * The page of each top-level outline item, following `/First` then `/Next`; null on a cycle or a
 * target that is not a page. (pdf-lib interns references, so they compare with `===`.)
 */
function readOutlinePages(document: PDFDocument, pageOf: Map<PDFRef, number>): number[] | null {
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const pages: number[] = [];
  const seen = new Set<PDFRef>();
  let item = outlines?.get(PDFName.of('First'));
  while (item !== undefined) {
    if (!(item instanceof PDFRef) || seen.has(item)) return null;
    seen.add(item);
    const entry = document.context.lookup(item, PDFDict);
    const target = targetPage(entry);
    const page = target && pageOf.get(target);
    if (page === undefined) return null;
    pages.push(page);
    item = entry.get(PDFName.of('Next'));
  }
  return pages;
}

/**
 * The page an outline item points at: its `/Dest` array (what Chromium writes) or a `/GoTo` action's
 * `/D` array, both `[page /XYZ …]`. Named destinations are not resolved (Chromium writes none).
 */
function targetPage(entry: PDFDict): PDFRef | undefined {
  const action = entry.lookupMaybe(PDFName.of('A'), PDFDict);
  const destination = action
    ? action.get(PDFName.of('S')) === PDFName.of('GoTo')
      ? action.lookupMaybe(PDFName.of('D'), PDFArray)
      : undefined
    : entry.lookupMaybe(PDFName.of('Dest'), PDFArray);
  const page = destination?.get(0);
  return page instanceof PDFRef ? page : undefined;
}
