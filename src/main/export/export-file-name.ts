/** The file name a save dialog proposes for an export. */
import type { ExportSelection } from './export-selection';

/** Longest proposed name, extension included (well under every file system's limit). */
const MAX_NAME_LENGTH = 120;

/**
 * "Document title.pdf" for the whole document, "Document title - Section title.pdf" for one
 * section, "Document title - sections 2, 4.pdf" for several. Characters that some file system
 * refuses (`<>:"/\|?*`, control characters) become spaces; long names are cut at a word boundary.
 */
export function proposeFileName(selection: ExportSelection): string {
  const { document, sections, whole } = selection;
  const part = whole
    ? ''
    : sections.length === 1
      ? sections[0]!.title
      : `sections ${sections.map((section) => section.number).join(', ')}`;
  const title = clean(document.title);
  const detail = clean(part);
  let name = detail ? `${title} - ${detail}` : title;
  const room = MAX_NAME_LENGTH - '.pdf'.length;
  if (name.length > room) {
    const cut = name.slice(0, room);
    name = (cut.lastIndexOf(' ') > room / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut).replace(/[\s.,;:-]+$/u, '');
  }
  return `${name || 'export'}.pdf`;
}

function clean(text: string): string {
  // Characters no file system accepts in a name, control characters included.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[. ]+$/u, '')
  );
}
