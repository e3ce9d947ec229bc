/**
 * The export composer: builds the print document (HTML + print stylesheet) from the corpus itself,
 * never from markup sent by the renderer. Every piece of corpus text is HTML-escaped and printed
 * verbatim. Electron-free and pure: the same input always gives the same document.
 */
import type { Paragraph, Section } from '../../shared/corpus-types';
import { languageScript, textDirection } from '../../shared/language-script';
import type { ExportSelection } from './export-selection';
import { escapeHtml } from './markup';
import type { PrintSettings } from './print-settings';
import { FRONT_PAGE_NAME, printStylesheet, type NamedPage } from './print-stylesheet';

/** A composed print document. */
export interface PrintDocument {
  html: string;
  /** The document's `<title>`: becomes the PDF's Title. */
  title: string;
}

/** Element id of a section's heading block (the target of the contents' links). */
export function sectionAnchor(section: Section): string {
  return `section-${section.id}`;
}

/** CSS page name of the n-th exported section (0-based). */
function pageName(index: number): string {
  return `s-${index + 1}`;
}

/** What is exported, in words: "Complete document (5 sections)", "Section 3 of 5", "Sections 2 and 4 of 5". */
export function describeScope(selection: ExportSelection): string {
  const total = selection.document.sections.length;
  if (selection.whole) return `Complete document (${total} ${total === 1 ? 'section' : 'sections'})`;
  const numbers = selection.sections.map((section) => String(section.number));
  if (numbers.length === 1) return `Section ${numbers[0]} of ${total}`;
  return `Sections ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} of ${total}`;
}

/** The PDF title: the document title, plus the section titles when only some are exported. */
export function exportTitle(selection: ExportSelection): string {
  if (selection.whole) return selection.document.title;
  if (selection.sections.length === 1) return `${selection.document.title} — ${selection.sections[0]!.title}`;
  return `${selection.document.title} — ${describeScope(selection)}`;
}

/**
 * Attributes of the reader's own words (labels, notes: English) inside a document in another
 * language, so that screen readers, fonts and the text direction follow; none in an English one.
 */
function readerWords(documentLanguage: string): string {
  return /^en(-|$)/i.test(documentLanguage) ? '' : ' lang="en" dir="ltr"';
}

/**
 * Composes the print document. `tocPages` holds the page each section starts on (1-based, from a
 * first rendering); without it the contents list the sections without page numbers, laid out in
 * exactly the same lines, so that adding the numbers cannot move any page break.
 */
export function composePrintDocument(
  selection: ExportSelection,
  settings: PrintSettings,
  tocPages: readonly number[] | null = null,
): PrintDocument {
  const { document, sections } = selection;
  const { options } = settings;
  const pages: NamedPage[] = sections.map((section, index) => ({ name: pageName(index), footerLabel: section.title }));
  const title = exportTitle(selection);
  const chrome = readerWords(document.language);
  const titleBlock = renderTitleBlock(selection, settings, chrome);
  const front = options.tableOfContents
    ? `<div class="page-${FRONT_PAGE_NAME}">${titleBlock}${renderContents(sections, tocPages, chrome)}</div>`
    : `<div class="page-${pageName(0)}">${titleBlock}</div>`;
  const body = sections
    .map((section, index) =>
      renderSection(section, document.sections.length, pageName(index), options.paragraphNumbers, chrome),
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
<style>${printStylesheet(settings, [...(options.tableOfContents ? [{ name: FRONT_PAGE_NAME, footerLabel: settings.running.frontMatterLabel }] : []), ...pages], direction)}</style>
</head>
<body${options.paragraphNumbers ? ' class="numbered"' : ''}>
${front}
${body}
</body>
</html>
`;
  return { html, title };
}

function renderTitleBlock(selection: ExportSelection, settings: PrintSettings, chrome: string): string {
  const { document } = selection;
  return `<header class="title-block">
<p class="document-title">${escapeHtml(document.title)}</p>
<p class="issuer">${escapeHtml(document.issuer)}</p>
<p class="scope"${chrome}>${escapeHtml(describeScope(selection))}. Exported ${escapeHtml(settings.exportDate)} from the Offline Reference Reader.</p>
<p class="provenance"${chrome}>Source: ${escapeHtml(document.provenance)}</p>
<p class="citation"${chrome}>Content hash (SHA-256) ${escapeHtml(settings.contentHash)}. Every page footer carries its first digits, ${escapeHtml(settings.shortContentHash)}, so a printout can be traced to the exact text it was made from.</p>
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
  page: string,
  numbered: boolean,
  chrome: string,
): string {
  const editorial = section.editorialTitle;
  return `<section class="page-${page}" aria-labelledby="${escapeHtml(sectionAnchor(section))}-title">
<div id="${escapeHtml(sectionAnchor(section))}">
<p class="section-kicker"${chrome}>Section ${section.number} of ${sectionCount}</p>
<h1 class="section-title${editorial ? ' editorial' : ''}" id="${escapeHtml(sectionAnchor(section))}-title">${escapeHtml(section.title)}</h1>
${editorial ? `<p class="editorial-note"${chrome}>This heading is an editorial label; the source has none.</p>` : ''}
</div>
${section.paragraphs.map((paragraph) => renderParagraph(paragraph, numbered)).join('\n')}
</section>`;
}

function renderParagraph(paragraph: Paragraph, numbered: boolean): string {
  const list =
    paragraph.items.length > 0
      ? `\n<ul class="paragraph-list">\n${paragraph.items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('\n')}\n</ul>`
      : '';
  const number = numbered ? `<span class="paragraph-number">${paragraph.number}</span>` : '';
  // An item of a numbered list keeps its number in the text when the margin does not show it.
  const listNumber = paragraph.numbered && !numbered ? `<span class="list-number">${paragraph.number}. </span>` : '';
  return `<div class="paragraph">${number}<p class="paragraph-text">${listNumber}${escapeHtml(paragraph.text)}</p>${list}</div>`;
}
