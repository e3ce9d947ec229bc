/**
 * The export composer: builds the print document (HTML + print stylesheet) from the corpus itself,
 * never from markup sent by the renderer. Every piece of corpus text is HTML-escaped and printed
 * verbatim. Electron-free and pure: the same input always gives the same document.
 */
import type { Paragraph, Section } from '../../shared/corpus-types';
import { displayTitle, publishedHeading } from '../../shared/document-title';
import { languageScript, textDirection } from '../../shared/language-script';
import type { ExportSelection } from './export-selection';
import { escapeHtml } from '../../shared/html';
import type { PrintSettings } from './print-settings';
import {
  FRONT_PAGE_NAME,
  printStylesheet,
  UNSPLIT_LIST_ITEMS,
  type FooterSource,
  type NamedPage,
} from './print-stylesheet';

/** A composed print document. */
export interface PrintDocument {
  html: string;
  /** The document's `<title>`: becomes the PDF's Title. */
  title: string;
}

/** How a composition is laid out beyond the reader's options. */
export interface ComposeOptions {
  /**
   * The page each section starts on (1-based, from a first rendering); without it the contents
   * list the sections without page numbers, laid out in exactly the same lines, so that adding the
   * numbers cannot move any page break.
   */
  tocPages?: readonly number[] | null;
  /**
   * True when the PDF's footers are stamped after rendering (footer-stamp.ts): the document then
   * prints no footer box of its own where sections flow. Only a PDF can be stamped, never paper.
   */
  stampedFooters?: boolean;
}

/** Element id of a section's heading block (the target of the contents' links). */
export function sectionAnchor(section: Section): string {
  return `section-${section.id}`;
}

/** CSS page name of the n-th exported section (0-based). */
function pageName(index: number): string {
  return `s-${index + 1}`;
}

/**
 * True when the sections of `selection` flow one after another (the default, a compact handout),
 * so that one page may hold the end of a section and the start of the next; false when each starts
 * on a new page (asked for, or a single section: the two layouts are then the same).
 */
export function sectionsFlow(selection: ExportSelection, settings: PrintSettings): boolean {
  return !settings.options.newPagePerSection && selection.sections.length > 1;
}

/** What is exported, in words: "Complete document (5 sections)", "Section 3 of 5", "Sections 2 and 4 of 5". */
export function describeScope(selection: ExportSelection): string {
  const total = selection.document.sections.length;
  if (selection.whole) return `Complete document (${total} ${total === 1 ? 'section' : 'sections'})`;
  const numbers = selection.sections.map((section) => String(section.number));
  if (numbers.length === 1) return `Section ${numbers[0]} of ${total}`;
  return `Sections ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} of ${total}`;
}

/** The PDF title: the document's one-line name, plus the section titles when only some are exported. */
export function exportTitle(selection: ExportSelection): string {
  const name = displayTitle(selection.document);
  if (selection.whole) return name;
  if (selection.sections.length === 1) return `${name} — ${selection.sections[0]!.title}`;
  return `${name} — ${describeScope(selection)}`;
}

/**
 * Attributes of the reader's own words (labels, notes: English) inside a document in another
 * language, so that screen readers, fonts and the text direction follow; none in an English one.
 */
function readerWords(documentLanguage: string): string {
  return /^en(-|$)/i.test(documentLanguage) ? '' : ' lang="en" dir="ltr"';
}

/** Composes the print document. */
export function composePrintDocument(
  selection: ExportSelection,
  settings: PrintSettings,
  { tocPages = null, stampedFooters = false }: ComposeOptions = {},
): PrintDocument {
  const { document, sections } = selection;
  const { options } = settings;
  const flowing = sectionsFlow(selection, settings);
  // Flowing sections share the unnamed page; otherwise each has its own named page (see print-stylesheet.ts).
  const sectionPages: (NamedPage | null)[] = sections.map((section, index) =>
    flowing ? null : { name: pageName(index), footerLabel: section.title },
  );
  const frontPage: NamedPage | null = options.tableOfContents
    ? { name: FRONT_PAGE_NAME, footerLabel: settings.running.frontMatterLabel }
    : null;
  const footer: FooterSource = stampedFooters
    ? { kind: 'stamped' }
    : { kind: 'in-document', unnamedLabel: describeScope(selection) };
  const named = [frontPage, ...sectionPages].filter((page): page is NamedPage => page !== null);
  const title = exportTitle(selection);
  const chrome = readerWords(document.language);
  const titleBlock = renderTitleBlock(selection, settings, chrome);
  // Without contents, the title block opens the first section's page.
  const front = frontPage
    ? `<div class="page-${frontPage.name}">${titleBlock}${renderContents(sections, tocPages, chrome)}</div>`
    : `<div${pageClass(sectionPages[0] ?? null)}>${titleBlock}</div>`;
  const body = sections
    .map((section, index) =>
      renderSection(section, document.sections.length, sectionPages[index] ?? null, options.paragraphNumbers, chrome),
    )
    .join('\n');
  const script = languageScript(document.language);
  const direction = textDirection(document.language);
  const html = `<!doctype html>
<html lang="${escapeHtml(document.language)}" dir="${direction}"${script ? ` data-script="${escapeHtml(script)}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${printStylesheet(settings, named, footer, direction)}</style>
</head>
<body${options.paragraphNumbers ? ' class="numbered"' : ''}>
${front}
${body}
</body>
</html>
`;
  return { html, title };
}

function pageClass(page: NamedPage | null): string {
  return page ? ` class="page-${page.name}"` : '';
}

function renderTitleBlock(selection: ExportSelection, settings: PrintSettings, chrome: string): string {
  const { document } = selection;
  const heading = publishedHeading(document);
  const altered =
    settings.alteredNotice === null
      ? ''
      : `<p class="altered-text" role="alert"${chrome}>${escapeHtml(settings.alteredNotice)}</p>\n`;
  return `<header class="title-block">
${altered}<p class="document-title">${escapeHtml(displayTitle(document))}</p>
${heading === null ? '' : `<p class="published-heading"${chrome}>Descriptive title; published under the heading “${escapeHtml(heading)}”.</p>\n`}<p class="issuer">${escapeHtml(document.issuer)}</p>
<p class="scope"${chrome}>${escapeHtml(describeScope(selection))}. Exported ${escapeHtml(settings.exportDate)} from the Offline Reference Reader.</p>
<p class="provenance"${chrome}>Source: ${escapeHtml(document.provenance)}</p>
<p class="citation"${chrome}>Content hash (SHA-256) ${escapeHtml(settings.contentHash)}. Every page footer carries its fingerprint, ${escapeHtml(settings.shortContentHash)}, so a printout can be traced to the exact text it was made from.</p>
</header>`;
}

function renderContents(sections: readonly Section[], tocPages: readonly number[] | null, chrome: string): string {
  const items = sections
    .map((section, index) => {
      const page = tocPages?.[index];
      return `<li><a href="#${escapeHtml(sectionAnchor(section))}"><span class="toc-number">${section.number}</span><span class="toc-title">${escapeHtml(section.title)}</span><span class="toc-page">${page ?? ''}</span></a></li>`;
    })
    .join('\n');
  return `<nav aria-label="Contents">
<p class="toc-heading"${chrome}>Contents</p>
<ol class="toc">
${items}
</ol>
</nav>`;
}

function renderSection(
  section: Section,
  sectionCount: number,
  page: NamedPage | null,
  numbered: boolean,
  chrome: string,
): string {
  const editorial = section.editorialTitle;
  const anchor = escapeHtml(sectionAnchor(section));
  return `<section${pageClass(page)} aria-labelledby="${anchor}-title">
<div class="section-head" id="${anchor}">
<p class="section-kicker"${chrome}>Section ${section.number} of ${sectionCount}</p>
<h1 class="section-title${editorial ? ' editorial' : ''}" id="${anchor}-title">${escapeHtml(section.title)}</h1>
${editorial ? `<p class="editorial-note"${chrome}>This heading is an editorial label; the source has none.</p>` : ''}
</div>
${section.paragraphs.map((paragraph) => renderParagraph(paragraph, numbered)).join('\n')}
</section>`;
}

/**
 * A paragraph and its list. With numbers, the paragraph's number sits in the margin and each list
 * item carries its number where the bullet was, in the same editorial type: what a citation names
 * ("paragraph 6, item 3") can be found on paper.
 */
function renderParagraph(paragraph: Paragraph, numbered: boolean): string {
  const items = paragraph.items.map(
    (item) => `<li>${numbered ? `<span class="item-number">${item.number}</span>` : ''}${escapeHtml(item.text)}</li>`,
  );
  const list = items.length > 0 ? `\n<ul class="paragraph-list">\n${items.join('\n')}\n</ul>` : '';
  // A short list is kept whole, and with the words that introduce it.
  const unsplit = items.length > 0 && items.length <= UNSPLIT_LIST_ITEMS;
  const number = numbered ? `<span class="paragraph-number">${paragraph.number}</span>` : '';
  // An item of a numbered list keeps its number in the text when the margin does not show it.
  const listNumber = paragraph.numbered && !numbered ? `<span class="list-number">${paragraph.number}. </span>` : '';
  return `<div class="paragraph${unsplit ? ' unsplit' : ''}">${number}<p class="paragraph-text">${listNumber}${escapeHtml(paragraph.text)}</p>${list}</div>`;
}
