/**
 * Reads the page tree and the top-level outline of a rendered PDF with pdf-lib, which parses the
 * file as a PDF reader does: cross-reference tables or streams, and objects stored plainly or
 * compressed in object streams. Used for the page count an export reports and for the page numbers
 * of its table of contents. Anything it does not understand gives null, never a guess.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFPage } from 'pdf-lib';
import { pdfBytes } from './pdf-bytes';

/** What an export needs to know about a rendered PDF. */
export interface PdfLayout {
  pageCount: number;
  /** 1-based page of each top-level bookmark, in outline order. */
  outlinePages: number[];
  /**
   * How far below the top edge of its page each top-level bookmark points, in points (1/72 in), in
   * outline order; null when the bookmark names no height (a `/Fit` destination, or `/XYZ` with null).
   */
  outlineOffsets: (number | null)[];
}

/** A top-level bookmark's target. */
interface OutlineTarget {
  page: number;
  offset: number | null;
}

/** The page count and top-level bookmark pages of `pdf`, or null when its structure is not understood. */
export async function readPdfLayout(pdf: Uint8Array): Promise<PdfLayout | null> {
  try {
    // A damaged object fails the read (instead of a warning on the console and a guess);
    // updateMetadata: false, so that reading changes nothing (pdf-lib would stamp its producer).
    const document = await PDFDocument.load(pdfBytes(pdf), { throwOnInvalidObject: true, updateMetadata: false });
    // A cycle in the page tree makes pdf-lib recurse without end: the RangeError lands in the catch.
    const pages = document.getPages();
    if (pages.length === 0 || document.catalog.Pages().Count().asNumber() !== pages.length) return null;
    const pageOf = new Map(pages.map((page, index) => [page.ref, { number: index + 1, page }]));
    const outline = readOutline(document, pageOf);
    return (
      outline && {
        pageCount: pages.length,
        outlinePages: outline.map((target) => target.page),
        outlineOffsets: outline.map((target) => target.offset),
      }
    );
  } catch {
    // Not a PDF, damaged, encrypted, or holding an object of an unexpected type where we look.
    return null;
  }
}

/**
 * The target of each top-level outline item, following `/First` then `/Next`; null on a cycle or a
 * target that is not a page. (pdf-lib interns references, so they compare with `===`.)
 */
function readOutline(
  document: PDFDocument,
  pageOf: Map<PDFRef, { number: number; page: PDFPage }>,
): OutlineTarget[] | null {
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const targets: OutlineTarget[] = [];
  const seen = new Set<PDFRef>();
  let item = outlines?.get(PDFName.of('First'));
  while (item !== undefined) {
    if (!(item instanceof PDFRef) || seen.has(item)) return null;
    seen.add(item);
    const entry = document.context.lookup(item, PDFDict);
    const destination = destinationOf(entry);
    const pageRef = destination?.get(0);
    const target = pageRef instanceof PDFRef ? pageOf.get(pageRef) : undefined;
    if (target === undefined) return null;
    targets.push({ page: target.number, offset: offsetFromTop(destination!, target.page) });
    item = entry.get(PDFName.of('Next'));
  }
  return targets;
}

/**
 * The destination of an outline item: its `/Dest` array (what Chromium writes) or a `/GoTo` action's
 * `/D` array, both `[page /XYZ left top zoom]`. Named destinations are not resolved (Chromium writes none).
 */
function destinationOf(entry: PDFDict): PDFArray | undefined {
  const action = entry.lookupMaybe(PDFName.of('A'), PDFDict);
  return action
    ? action.get(PDFName.of('S')) === PDFName.of('GoTo')
      ? action.lookupMaybe(PDFName.of('D'), PDFArray)
      : undefined
    : entry.lookupMaybe(PDFName.of('Dest'), PDFArray);
}

/** Distance from the page's top edge to an `/XYZ` destination's `top` (PDF heights count from the bottom). */
function offsetFromTop(destination: PDFArray, page: PDFPage): number | null {
  const top = destination.get(1) === PDFName.of('XYZ') ? destination.get(3) : undefined;
  if (!(top instanceof PDFNumber)) return null;
  let box;
  try {
    box = page.getMediaBox();
  } catch {
    // A page with no (inherited) media box: its top edge is unknown, so is the height.
    return null;
  }
  return box.y + box.height - top.asNumber();
}
