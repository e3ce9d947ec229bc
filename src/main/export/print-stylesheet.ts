/**
 * The print stylesheet of an export: page geometry and running header/footer from the print
 * settings, and a typographic body (serif text, headings kept with what follows, short lists kept
 * whole, no hyphenation).
 *
 * Why the running header and footer are CSS page-margin boxes and not Chromium's header/footer
 * templates: the footer must name the section each page belongs to, and a template is one HTML
 * snippet for every page (it can only show the page number, total, title, URL and date). A CSS
 * named page (`page: s-N`) can carry its own `@bottom-left` box with the section title, but a change
 * of page name forces a page break. So:
 * - when each section starts on a new page (or only one section is printed), each section sits on
 *   its own named page, whose footer names it;
 * - when sections flow one after another, no page name may change between them. Their footers
 *   are then stamped onto the rendered PDF (footer-stamp.ts: a second, tiny document whose pages
 *   hold only the footer box, drawn with this same rule), or, on paper sent to the system print
 *   dialog, which cannot be stamped, name the printed scope ("Sections 2 and 4 of 5").
 * `counter(page)` / `counter(pages)` give "Page X of Y" over the whole export. Needs Chromium 131+
 * (page-margin boxes).
 * A right-to-left document mirrors its running header and footer (`@bottom-right` holds the section),
 * and its body's sides are logical (`inline-start`).
 */
import type { PrintSettings } from './print-settings';
import { cssString } from './css-string';

// Section headings use `white-space: pre-wrap`: with the default, Chromium drops the space at each
// line wrap from the bookmark it makes of a heading ("…Commissioner forHuman Rights").

/** A named page of the print document and the label its footer shows. */
export interface NamedPage {
  /** CSS page name, e.g. `s-3`. */
  name: string;
  footerLabel: string;
}

/**
 * Where the first footer line (the section) comes from: the named pages and, on pages without a
 * name, `unnamedLabel`; or nothing at all in the document, because the whole footer box is stamped
 * after rendering.
 */
export type FooterSource = { kind: 'in-document'; unnamedLabel: string } | { kind: 'stamped' };

/** Name of the page(s) holding the title block and table of contents. */
export const FRONT_PAGE_NAME = 'front';

/** Lists of at most this many items are never split across pages (the statement's longest has nine). */
export const UNSPLIT_LIST_ITEMS = 9;

const SERIF = `'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, 'Liberation Serif', 'DejaVu Serif', serif`;
const SANS = `'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif`;

/**
 * Text fonts for scripts the Latin serifs above do not cover, by the script of the document's
 * language (`data-script` on the root element): the Noto fonts where they are installed (Linux,
 * and CI), then what macOS and Windows ship. Chromium falls back glyph by glyph to any installed
 * font after these, so a missing font changes the look, never the words.
 */
const SCRIPT_FONTS: Readonly<Record<string, string>> = {
  Arab: `'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', 'Traditional Arabic', 'Times New Roman', 'DejaVu Sans'`,
  Hebr: `'Noto Serif Hebrew', 'Noto Sans Hebrew', 'Times New Roman', 'Arial Hebrew', 'DejaVu Sans'`,
  Hans: `'Noto Serif CJK SC', 'Noto Sans CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', 'Microsoft YaHei'`,
  Hant: `'Noto Serif CJK TC', 'Noto Sans CJK TC', 'Source Han Serif TC', 'Songti TC', 'MingLiU', 'Microsoft JhengHei'`,
  Jpan: `'Noto Serif CJK JP', 'Noto Sans CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho', 'MS Mincho'`,
  Kore: `'Noto Serif CJK KR', 'Noto Sans CJK KR', 'AppleMyungjo', 'Batang', 'Malgun Gothic'`,
  Deva: `'Noto Serif Devanagari', 'Noto Sans Devanagari', 'Kohinoor Devanagari', 'Mangal'`,
  Thai: `'Noto Serif Thai', 'Noto Sans Thai', 'Thonburi', 'Leelawadee UI', 'Tahoma'`,
};

function inches(value: number): string {
  return `${Number(value.toFixed(4))}in`;
}

/** Text direction of the printed document: a right-to-left one mirrors its running header and footer. */
export type PrintDirection = 'ltr' | 'rtl';

/** The physical sides that start and end a line in `direction`. */
function sides(direction: PrintDirection): { start: 'left' | 'right'; end: 'left' | 'right' } {
  return direction === 'rtl' ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' };
}

/** Paper size and margins: the same in the document and in its footer stamp, so the boxes line up. */
function pageGeometry(settings: PrintSettings): string {
  const { page } = settings;
  const { margins } = page;
  return `size: ${inches(page.widthInches)} ${inches(page.heightInches)};
  margin: ${inches(margins.top)} ${inches(margins.right)} ${inches(margins.bottom)} ${inches(margins.left)};`;
}

/**
 * The footer's start box (section, then export date and issuer; the left one, the right one in a
 * right-to-left document): one rule for the document and the stamp.
 */
function bottomStartBox(settings: PrintSettings, label: string, direction: PrintDirection): string {
  const { start } = sides(direction);
  return `@bottom-${start} {
    content: ${cssString(label)} "\\a" ${cssString(settings.running.exportNote)}; direction: ${direction}; text-align: ${start};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre-wrap; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; width: 72%; margin-top: 0.1in;
  }`;
}

function namedPageRules(
  settings: PrintSettings,
  pages: readonly NamedPage[],
  footers: boolean,
  direction: PrintDirection,
): string {
  return pages
    .map((named) =>
      footers
        ? `@page ${named.name} { ${bottomStartBox(settings, named.footerLabel, direction)} }\n.page-${named.name} { page: ${named.name}; }`
        : `.page-${named.name} { page: ${named.name}; }`,
    )
    .join('\n');
}

/**
 * The stylesheet for a document whose sections (or front matter) sit on the given named pages. A
 * right-to-left document mirrors its running header and footer: header and section label on the
 * right, page numbers on the left.
 */
export function printStylesheet(
  settings: PrintSettings,
  pages: readonly NamedPage[],
  footer: FooterSource,
  direction: PrintDirection = 'ltr',
): string {
  const { running } = settings;
  const { start, end } = sides(direction);
  const pageCounter = `${cssString(running.pageLabel.before)} counter(page) ${cssString(running.pageLabel.between)} counter(pages)`;
  const inDocument = footer.kind === 'in-document';
  return `
@page {
  ${pageGeometry(settings)}
  @top-${start} {
    content: ${running.alteredNotice === null ? '' : `${cssString(running.alteredNotice)} "\\a" `}${cssString(running.header)}; direction: ${direction}; text-align: ${start};
    font: 8.5pt/1.3 ${SANS}; color: #333; white-space: pre-wrap; vertical-align: bottom; padding-bottom: 0.12in;
    border-bottom: 0.5pt solid #999; width: 100%; margin-bottom: 0.14in;
  }
  ${inDocument ? bottomStartBox(settings, footer.unnamedLabel, direction) : ''}
  @bottom-${end} {
    content: ${pageCounter} "\\a" ${cssString(running.contentNote)};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; text-align: ${end}; width: 28%; margin-top: 0.1in;
  }
}
${namedPageRules(settings, pages, inDocument, direction)}
html { font-family: ${SERIF}; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; }
${Object.entries(SCRIPT_FONTS)
  .map(([script, fonts]) => `html[data-script="${script}"] { font-family: ${fonts}, ${SERIF}; }`)
  .join('\n')}
body { margin: 0; }
.title-block { margin: 0 0 0.3in; padding-bottom: 0.15in; border-bottom: 0.5pt solid #999; }
.altered-text { font-family: ${SANS}; font-size: 10pt; font-weight: bold; border: 1pt solid #000; padding: 0.08in 0.1in; margin: 0 0 0.15in; }
.document-title { font-size: 19pt; line-height: 1.2; font-weight: bold; margin: 0 0 0.08in; }
.published-heading { font-size: 10pt; font-style: italic; color: #222; margin: 0 0 0.08in; }
.issuer { font-size: 12pt; margin: 0 0 0.12in; }
.scope, .provenance, .citation { font-family: ${SANS}; font-size: 8.5pt; line-height: 1.45; color: #333; margin: 0 0 0.05in; }
.toc-heading { font-size: 13pt; font-weight: bold; margin: 0.1in 0 0.1in; }
.toc { list-style: none; margin: 0; padding: 0; }
.toc li { break-inside: avoid; margin: 0 0 0.05in; }
.toc a { display: grid; grid-template-columns: 0.35in 1fr 0.5in; color: inherit; text-decoration: none; }
.toc-number { color: #444; }
.toc-page { text-align: end; }
section + section { margin-top: 0.28in; }
.section-head { break-inside: avoid-page; break-after: avoid-page; }
.section-kicker { font-family: ${SANS}; font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #444; margin: 0 0 0.06in; break-after: avoid-page; }
h1.section-title { font-size: 16pt; line-height: 1.25; font-weight: bold; margin: 0 0 0.16in; break-after: avoid-page; white-space: pre-wrap; }
h1.section-title.editorial { font-style: italic; }
.editorial-note { font-family: ${SANS}; font-size: 8.5pt; color: #444; margin: -0.1in 0 0.16in; break-after: avoid-page; }
.paragraph { margin: 0 0 0.1in; }
.numbered .paragraph { position: relative; padding-inline-start: 0.38in; }
.paragraph-number { position: absolute; inset-inline-start: 0; width: 0.26in; text-align: end; font-family: ${SANS}; font-size: 8.5pt; line-height: 1.9; color: #444; }
.paragraph-text { margin: 0; orphans: 3; widows: 3; hyphens: manual; text-align: start; }
.paragraph-text:has(+ .paragraph-list) { break-after: avoid-page; }
.paragraph-list { margin: 0.06in 0 0; padding-inline-start: 0.3in; }
.paragraph.unsplit { break-inside: avoid-page; }
.paragraph-list li { margin: 0 0 0.04in; break-inside: avoid-page; orphans: 2; widows: 2; }
.numbered .paragraph-list { list-style: none; padding-inline-start: 0; }
.numbered .paragraph-list li { position: relative; padding-inline-start: 0.3in; }
.item-number { position: absolute; inset-inline-start: 0; width: 0.2in; text-align: end; font-family: ${SANS}; font-size: 8.5pt; line-height: 1.9; color: #444; }
`;
}

/**
 * The stylesheet of the footer stamp: the same page geometry and the same footer box as the
 * document, and nothing else (no header, no page counter, no body text), one page per `pages` entry
 * in the order the stamp's pages use them.
 */
export function footerStampStylesheet(
  settings: PrintSettings,
  pages: readonly NamedPage[],
  direction: PrintDirection = 'ltr',
): string {
  return `
@page {
  ${pageGeometry(settings)}
}
${namedPageRules(settings, pages, true, direction)}
html, body { margin: 0; }
.stamp-page { break-before: page; height: 1px; }
`;
}
