/**
 * Reads the page tree and the top-level outline of a PDF written by Chromium (Skia's PDF backend,
 * which writes every dictionary uncompressed). Used for the page count an export reports and for
 * the page numbers of its table of contents. Not a general PDF parser: anything it does not
 * recognise gives null, never a guess.
 */

/** What an export needs to know about a rendered PDF. */
export interface PdfLayout {
  pageCount: number;
  /** 1-based page of each top-level bookmark, in outline order. */
  outlinePages: number[];
}

const MAX_DEPTH = 32;

/** The page count and top-level bookmark pages of `pdf`, or null when its structure is not understood. */
export function readPdfLayout(pdf: Uint8Array): PdfLayout | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) return null;
  const objects = readDictionaries(text);
  const catalog = [...objects.values()].find((dict) => /\/Type\s*\/Catalog\b/.test(dict));
  if (catalog === undefined) return null;
  const root = reference(catalog, 'Pages');
  if (root === null) return null;
  const pages: number[] = [];
  if (!collectPages(objects, root, pages, 0)) return null;
  const declared = /\/Count\s+(\d+)/.exec(objects.get(root) ?? '');
  if (pages.length === 0 || !declared || Number(declared[1]) !== pages.length) return null;
  const outlines = reference(catalog, 'Outlines');
  const outlinePages: number[] = [];
  let item = outlines === null ? null : reference(objects.get(outlines) ?? '', 'First');
  const seen = new Set<number>();
  while (item !== null) {
    if (seen.has(item)) return null;
    seen.add(item);
    const dict = objects.get(item);
    const target = dict && /\/Dest\s*\[\s*(\d+) 0 R/.exec(dict);
    const page = target ? pages.indexOf(Number(target[1])) : -1;
    if (page < 0) return null;
    outlinePages.push(page + 1);
    item = reference(dict!, 'Next');
  }
  return { pageCount: pages.length, outlinePages };
}

/**
 * Every `N 0 obj << … >>` dictionary by object number, with string literals emptied (so that a
 * bookmark title cannot pose as a key) and stream data skipped (so that it cannot pose as an object).
 */
function readDictionaries(text: string): Map<number, string> {
  const objects = new Map<number, string>();
  const object = /(\d+) 0 obj\s*<<((?:\((?:\\[\s\S]|[^\\)])*\)|[^()])*?)>>\s*(endobj|stream)/g;
  for (let match = object.exec(text); match; match = object.exec(text)) {
    objects.set(Number(match[1]), match[2]!.replace(/\((?:\\[\s\S]|[^\\)])*\)/g, '()'));
    if (match[3] === 'stream') {
      const end = text.indexOf('endstream', object.lastIndex);
      if (end < 0) break;
      object.lastIndex = end;
    }
  }
  return objects;
}

function reference(dict: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
}

function collectPages(objects: Map<number, string>, node: number, pages: number[], depth: number): boolean {
  const dict = objects.get(node);
  if (dict === undefined || depth > MAX_DEPTH) return false;
  if (/\/Type\s*\/Pages\b/.test(dict)) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
    if (!kids) return false;
    return [...kids[1]!.matchAll(/(\d+) 0 R/g)].every((kid) => collectPages(objects, Number(kid[1]), pages, depth + 1));
  }
  if (!/\/Type\s*\/Page\b/.test(dict)) return false;
  pages.push(node);
  return true;
}
