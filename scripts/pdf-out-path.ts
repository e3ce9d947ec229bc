/**
 * Where `reader export --out` saves. The file must be a PDF by name too: a name without an
 * extension gets `.pdf` (`--out handout` saves handout.pdf), `.pdf` in any case is kept, any other
 * extension (a dot and letters) is refused (a PDF saved as `x.txt` would open in the wrong program). A folder (an
 * existing one, or a path ending in `/`) receives the file under the name the app's save dialog
 * would propose. Relative paths are resolved against the folder the command was typed in.
 */
import { extname, join, resolve, sep } from 'node:path';
import { isFolder } from '../src/main/files/is-folder';

/** Where the PDF goes: a file path, or a folder the proposed file name goes into; or why `--out` is refused. */
export type PdfOutTarget =
  { kind: 'file'; path: string } | { kind: 'folder'; folder: string } | { kind: 'refused'; message: string };

/** Resolves `--out` against `cwd`. */
export function pdfOutTarget(out: string, cwd: string): PdfOutTarget {
  const path = resolve(cwd, out);
  if (out.endsWith('/') || out.endsWith(sep) || isFolder(path)) return { kind: 'folder', folder: path };
  const extension = extname(path);
  if (extension.toLowerCase() === '.pdf') return { kind: 'file', path };
  // No extension (a dot followed by digits only, as in "minutes 1.5", is part of the name).
  if (!/[a-z]/iu.test(extension)) return { kind: 'file', path: `${path.replace(/\.$/u, '')}.pdf` };
  return {
    kind: 'refused',
    message: `--out must name a .pdf file, not a ${extension} file ('${out}'); for example --out ${out.slice(0, -extension.length)}.pdf.`,
  };
}

/** The path to save at, for a target that was not refused. */
export function savePathIn(target: Exclude<PdfOutTarget, { kind: 'refused' }>, proposedFileName: string): string {
  return target.kind === 'file' ? target.path : join(target.folder, proposedFileName);
}
