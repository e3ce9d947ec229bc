/**
 * The print stylesheet of an export: page geometry and running header/footer from the print
 * settings, and a typographic body (serif text, kept headings, kept lists, no hyphenation).
 *
 * Why the running header and footer are CSS page-margin boxes and not Chromium's header/footer
 * templates: the footer must name the section each page belongs to, and a template is one HTML
 * snippet for every page (it can only show the page number, total, title, URL and date). Each
 * section is therefore put on its own named page (`page: s-N`, so every section starts on a new
 * page and no page holds two sections), and each named page gets its own `@bottom-left` box with
 * the section title. `counter(page)` / `counter(pages)` give "Page X of Y" over the whole export.
 * The same document printed through the system print dialog keeps the same header and footer,
 * which templates (a PDF-only option) could not do. Needs Chromium 131+ (page-margin boxes).
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

function inches(value: number): string {
  return `${Number(value.toFixed(4))}in`;
}

/** The stylesheet for a document whose sections sit on the given named pages. */
export function printStylesheet(settings: PrintSettings, pages: readonly NamedPage[]): string {
  const { page, running } = settings;
  const { margins } = page;
  const pageCounter = `${cssString(running.pageLabel.before)} counter(page) ${cssString(running.pageLabel.between)} counter(pages)`;
  const namedPages = pages
    .map(
      (named) =>
        `@page ${named.name} { @bottom-left { content: ${cssString(named.footerLabel)} "\\a" ${cssString(running.exportNote)}; } }`,
    )
    .join('\n');
  return `
@page {
  size: ${inches(page.widthInches)} ${inches(page.heightInches)};
  margin: ${inches(margins.top)} ${inches(margins.right)} ${inches(margins.bottom)} ${inches(margins.left)};
  @top-left {
    content: ${running.alteredNotice === null ? '' : `${cssString(running.alteredNotice)} "\\a" `}${cssString(running.header)};
    font: 8.5pt/1.3 ${SANS}; color: #333; white-space: pre-wrap; vertical-align: bottom; padding-bottom: 0.12in;
    border-bottom: 0.5pt solid #999; width: 100%; margin-bottom: 0.14in;
  }
  @bottom-left {
    content: "\\a" ${cssString(running.exportNote)};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre-wrap; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; width: 72%; margin-top: 0.1in;
  }
  @bottom-right {
    content: ${pageCounter} "\\a" ${cssString(running.contentNote)};
    font: 8pt/1.45 ${SANS}; color: #333; white-space: pre; vertical-align: top; padding-top: 0.12in;
    border-top: 0.5pt solid #999; text-align: right; width: 28%; margin-top: 0.1in;
  }
}
${namedPages}
html { font-family: ${SERIF}; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; }
${pages.map((named) => `.page-${named.name} { page: ${named.name}; }`).join('\n')}
.title-block { margin: 0 0 0.3in; padding-bottom: 0.15in; border-bottom: 0.5pt solid #999; }
.altered-text { font-family: ${SANS}; font-size: 10pt; font-weight: bold; border: 1pt solid #000; padding: 0.08in 0.1in; margin: 0 0 0.15in; }
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
.numbered .paragraph { position: relative; padding-left: 0.38in; }
.paragraph-number { position: absolute; left: 0; width: 0.26in; text-align: right; font-family: ${SANS}; font-size: 8.5pt; line-height: 1.9; color: #444; }
.paragraph-text { margin: 0; orphans: 3; widows: 3; hyphens: manual; text-align: left; }
.paragraph-text:has(+ .paragraph-list) { break-after: avoid-page; }
.paragraph-list { margin: 0.06in 0 0; padding-left: 0.3in; }
.paragraph-list li { margin: 0 0 0.04in; break-inside: avoid; orphans: 2; widows: 2; }
`;
}
