/**
 * The print stylesheet of an export: page geometry and running header/footer from the print
 * settings, and a typographic body (serif text, kept headings, kept lists, no hyphenation).
 *
 * Why the running header and footer are CSS page-margin boxes and not Chromium's header/footer
 * templates: the footer must name the section each page belongs to, and a template is one HTML
 * snippet for every page (it can only show the page number, total, title, URL and date). Each
 * section is therefore put on its own named page (`page: s-N`, so every section starts on a new
 * page and no page holds two sections), and each named page gets its own `@bottom-left` box
 * (`@bottom-right` in a right-to-left document) with the section title. `counter(page)` / `counter(pages)` give "Page X of Y" over the whole export.
 * The same document printed through the system print dialog keeps the same header and footer,
 * which templates (a PDF-only option) could not do. Needs Chromium 131+ (page-margin boxes).
 * Sides are logical (`inline-start`), so a right-to-left document mirrors its layout.
 */
import type { PrintSettings } from './print-settings';
import { cssString } from './markup';

// Section headings use `white-space: pre-wrap`: with the default, Chromium drops the space at each
// line wrap from the bookmark it makes of a heading ("…Commissioner forHuman Rights").

/** A named page of the print document and the label its footer shows. */
export interface NamedPage {
  /** CSS page name, e.g. `s-3`. */
  name: string;
  footerLabel: string;
}

/** Name of the page(s) holding the title block and table of contents. */
export const FRONT_PAGE_NAME = 'front';

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

/**
 * The stylesheet for a document whose sections sit on the given named pages. A right-to-left
 * document mirrors its running header and footer: header and section label on the right, page
 * numbers on the left.
 */
export function printStylesheet(
  settings: PrintSettings,
  pages: readonly NamedPage[],
  direction: 'ltr' | 'rtl' = 'ltr',
): string {
  const { page, running } = settings;
  const [start, end] = direction === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const { margins } = page;
  const pageCounter = `${cssString(running.pageLabel.before)} counter(page) ${cssString(running.pageLabel.between)} counter(pages)`;
  const namedPages = pages
    .map(
      (named) =>
        `@page ${named.name} { @bottom-${start} { content: ${cssString(named.footerLabel)} "\\a" ${cssString(running.exportNote)}; } }`,
    )
    .join('\n');
  return `
@page {
  size: ${inches(page.widthInches)} ${inches(page.heightInches)};
  margin: ${inches(margins.top)} ${inches(margins.right)} ${inches(margins.bottom)} ${inches(margins.left)};
  @top-${start} {
    content: ${cssString(running.header)}; direction: ${direction}; text-align: ${start};
    font: 8.5pt/1.3 ${SANS}; color: #333; vertical-align: bottom; padding-bottom: 0.12in;
    border-bottom: 0.5pt solid #999; width: 100%; margin-bottom: 0.14in;
  }
  @bottom-${start} {
    content: "\\a" ${cssString(running.exportNote)}; direction: ${direction}; text-align: ${start};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre-wrap; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; width: 72%; margin-top: 0.1in;
  }
  @bottom-${end} {
    content: ${pageCounter} "\\a" ${cssString(running.contentNote)};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; text-align: ${end}; width: 28%; margin-top: 0.1in;
  }
}
${namedPages}
html { font-family: ${SERIF}; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; }
${Object.entries(SCRIPT_FONTS)
  .map(([script, fonts]) => `html[data-script="${script}"] { font-family: ${fonts}, ${SERIF}; }`)
  .join('\n')}
body { margin: 0; }
${pages.map((named) => `.page-${named.name} { page: ${named.name}; }`).join('\n')}
.title-block { margin: 0 0 0.3in; padding-bottom: 0.15in; border-bottom: 0.5pt solid #999; }
.document-title { font-size: 19pt; line-height: 1.2; font-weight: bold; margin: 0 0 0.08in; }
.issuer { font-size: 12pt; margin: 0 0 0.12in; }
.scope, .provenance, .citation { font-family: ${SANS}; font-size: 8.5pt; line-height: 1.45; color: #333; margin: 0 0 0.05in; }
.toc-heading { font-size: 13pt; font-weight: bold; margin: 0.1in 0 0.1in; }
.toc { list-style: none; margin: 0; padding: 0; }
.toc li { break-inside: avoid; margin: 0 0 0.05in; }
.toc a { display: grid; grid-template-columns: 0.35in 1fr 0.5in; color: inherit; text-decoration: none; }
.toc-number { color: #444; }
.toc-page { text-align: right; }
.section-kicker { font-family: ${SANS}; font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #444; margin: 0 0 0.06in; break-after: avoid-page; }
h1.section-title { font-size: 16pt; line-height: 1.25; font-weight: bold; margin: 0 0 0.2in; break-after: avoid-page; white-space: pre-wrap; }
h1.section-title.editorial { font-style: italic; }
.editorial-note { font-family: ${SANS}; font-size: 8.5pt; color: #444; margin: -0.12in 0 0.18in; break-after: avoid-page; }
.paragraph { margin: 0 0 0.11in; }
.numbered .paragraph { position: relative; padding-inline-start: 0.38in; }
.paragraph-number { position: absolute; inset-inline-start: 0; width: 0.26in; text-align: end; font-family: ${SANS}; font-size: 8.5pt; line-height: 1.9; color: #444; }
.paragraph-text { margin: 0; orphans: 3; widows: 3; hyphens: manual; text-align: start; }
.paragraph-text:has(+ .paragraph-list) { break-after: avoid-page; }
.paragraph-list { margin: 0.06in 0 0; padding-inline-start: 0.3in; }
.paragraph-list li { margin: 0 0 0.04in; break-inside: avoid; orphans: 2; widows: 2; }
`;
}
