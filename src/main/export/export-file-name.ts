/** The file name a save dialog proposes for an export. */
import { displayTitle } from '../../shared/document-title';
import type { ExportSelection } from './export-selection';

/** Longest proposed name, extension included (well under every file system's limit). */
const MAX_NAME_LENGTH = 120;
/** Shortest the document's name is cut to so that a long section title fits whole. */
const MIN_TITLE_LENGTH = 40;

/**
 * "Document title.pdf" (its one-line name, `displayTitle`) for the whole document, "Document title -
 * Section title.pdf" for one section, "Document title - sections 2, 4.pdf" for several. Characters
 * that some file system refuses (`<>:"/\|?*`, control characters) become spaces; long names are
 * cut at a word boundary, the document's name first.
 */
export function proposeFileName(selection: ExportSelection): string {
  const { document, sections, whole } = selection;
  const part = whole
    ? ''
    : sections.length === 1
      ? sections[0]!.title
      : `sections ${sections.map((section) => section.number).join(', ')}`;
  const title = clean(displayTitle(document));
  const detail = clean(part);
  const room = MAX_NAME_LENGTH - '.pdf'.length;
  let name = detail ? `${title} - ${detail}` : title;
  // Too long: shorten the document's name first, since the section part says what this file holds.
  const titleRoom = room - ' - '.length - detail.length;
  if (name.length > room && detail && titleRoom >= MIN_TITLE_LENGTH)
    name = `${cutAtWord(title, titleRoom)} - ${detail}`;
  if (name.length > room) name = cutAtWord(name, room);
  return `${name || 'export'}.pdf`;
}

/** `text` cut to at most `room` characters, at a word boundary when one is in its second half. */
function cutAtWord(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, room);
  return (cut.lastIndexOf(' ') > room / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut).replace(/[\s.,;:-]+$/u, '');
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
