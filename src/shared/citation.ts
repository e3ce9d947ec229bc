/**
 * The citation that goes with a quoted paragraph, list item or selection: the verbatim words in
 * quotation marks, then issuer, document title, section and paragraph number (or range). The titles are cited as
 * written; the citation's own words (section, paragraph, item), its quotation marks and
 * punctuation are those of the document's language for the bundled languages (Arabic, Belarusian,
 * Chinese, English, French, Russian, Spanish), English otherwise. Pure: shared by main (the
 * clipboard) and the bookmark export, and unit-tested.
 *
 * One rule for every title: the source's own words are in quotation marks, the editors' words in
 * square brackets. So an editorial section label is `[Opening statement]`, and a document whose
 * heading does not say what it is is cited by its descriptive title in brackets with the heading
 * beside it: `[Statement of …] (headed “The United Nations High Commissioner for Human Rights”)`.
 */
import type { Citation } from './contract/user';
import { escapeHtml } from './html';
import { textDirection } from './language-script';

/** How a citation is worded in one language. */
interface CitationWords {
  /** Quotation marks around the quoted words and the section title. */
  quote: [string, string];
  /** Marks around the document title. */
  title: [string, string];
  section: (n: number) => string;
  paragraph: (n: number) => string;
  item: (n: number) => string;
  /** A range of paragraphs, or of items of one list (a selection over several parts). */
  paragraphs: (from: number, to: number) => string;
  items: (from: number, to: number) => string;
  /** Between the section's number and its title. */
  space: string;
  /** Between the parts, and at the end. */
  comma: string;
  stop: string;
  dash: string;
}

const ENGLISH_WORDS: CitationWords = {
  quote: ['“', '”'],
  title: ['“', '”'],
  section: (n) => `section ${n}`,
  paragraph: (n) => `paragraph ${n}`,
  item: (n) => `item ${n}`,
  paragraphs: (from, to) => `paragraphs ${from}–${to}`,
  items: (from, to) => `items ${from}–${to}`,
  space: ' ',
  comma: ', ',
  stop: '.',
  dash: '— ',
};

/** The citation's words by primary language subtag. */
const WORDS: Readonly<Record<string, CitationWords>> = {
  en: ENGLISH_WORDS,
  fr: {
    ...ENGLISH_WORDS,
    quote: ['«\u00a0', '\u00a0»'],
    title: ['«\u00a0', '\u00a0»'],
    paragraph: (n) => `paragraphe ${n}`,
    item: (n) => `point ${n}`,
    paragraphs: (from, to) => `paragraphes ${from}–${to}`,
    items: (from, to) => `points ${from}–${to}`,
  },
  es: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `sección ${n}`,
    paragraph: (n) => `párrafo ${n}`,
    item: (n) => `apartado ${n}`,
    paragraphs: (from, to) => `párrafos ${from}–${to}`,
    items: (from, to) => `apartados ${from}–${to}`,
  },
  ru: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `раздел ${n}`,
    paragraph: (n) => `пункт ${n}`,
    item: (n) => `подпункт ${n}`,
    paragraphs: (from, to) => `пункты ${from}–${to}`,
    items: (from, to) => `подпункты ${from}–${to}`,
  },
  be: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `раздзел ${n}`,
    paragraph: (n) => `пункт ${n}`,
    item: (n) => `падпункт ${n}`,
    paragraphs: (from, to) => `пункты ${from}–${to}`,
    items: (from, to) => `падпункты ${from}–${to}`,
  },
  ar: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `القسم ${n}`,
    paragraph: (n) => `الفقرة ${n}`,
    item: (n) => `البند ${n}`,
    paragraphs: (from, to) => `الفقرات ${from}–${to}`,
    items: (from, to) => `البنود ${from}–${to}`,
    comma: '، ',
  },
  zh: {
    quote: ['“', '”'],
    title: ['《', '》'],
    section: (n) => `第${n}节`,
    paragraph: (n) => `第${n}段`,
    item: (n) => `第${n}项`,
    paragraphs: (from, to) => `第${from}–${to}段`,
    items: (from, to) => `第${from}–${to}项`,
    space: '',
    comma: '，',
    stop: '。',
    dash: '——',
  },
};

/** The primary subtag of a language tag, lower case. */
function primary(language: string | undefined): string {
  return (language ?? 'en').toLowerCase().split('-')[0]!;
}

/** The words a citation of a document in `language` uses (English for a language without its own). */
function wordsFor(language: string | undefined): CitationWords {
  return WORDS[primary(language)] ?? ENGLISH_WORDS;
}

/** A paragraph that a quotation over several paragraphs (a selection) goes on into. */
export interface QuotedParagraph {
  /** Its quoted words (empty when the selection takes up only items of its list). */
  text: string;
  /** Its list items quoted, verbatim. */
  items: readonly string[];
}

/** Where a quotation of several parts ends: a paragraph, or an item of its list. */
export interface QuotationEnd {
  paragraphNumber: number;
  itemNumber: number | null;
}

/** Everything a citation names. */
export interface CitationSource {
  issuer: string;
  /** The document's heading as published. */
  documentTitle: string;
  /** The editors' description of the document when its heading does not say what it is, else null. */
  descriptiveTitle: string | null;
  sectionNumber: number;
  sectionTitle: string;
  /** True when the section title is an editorial label (cited in square brackets). */
  editorialTitle: boolean;
  paragraphNumber: number;
  /** 1-based position in the paragraph's list, when a list item is quoted. */
  itemNumber: number | null;
  /** The quoted words, verbatim. */
  text: string;
  /** When a whole paragraph is quoted: the items of the list it introduces, verbatim (else empty). */
  items: readonly string[];
  /** A selection over several paragraphs: the paragraphs after the first, in reading order. */
  following?: readonly QuotedParagraph[];
  /** A selection over several parts: where it ends (the citation names the range). */
  end?: QuotationEnd;
  /** BCP 47 tag of the document's language (English when absent). */
  language?: string;
}

/** The citation line alone: `— Issuer, “Title”, section 3 “Heading”, paragraph 2.` (in the document's language). */
export function formatCitationLine(source: CitationSource): string {
  const words = wordsFor(source.language);
  return `${words.dash}${citationParts(
    source,
    words,
    (text) => text,
    (title) => `${words.title[0]}${title}${words.title[1]}`,
  ).join(words.comma)}${words.stop}`;
}

/** One block of a quotation: a paragraph's words, or a list item (shown with a bullet). */
interface QuoteBlock {
  text: string;
  item: boolean;
}

/** The quotation's blocks in reading order: the first part and its items, then each following paragraph and its items. */
function quoteBlocks(source: CitationSource): QuoteBlock[] {
  const paragraph = (text: string, items: readonly string[]): QuoteBlock[] => [
    ...(text === '' ? [] : [{ text, item: false }]),
    ...items.map((item) => ({ text: item, item: true })),
  ];
  const rest = [
    ...paragraph('', source.items),
    ...(source.following ?? []).flatMap((next) => paragraph(next.text, next.items)),
  ];
  // A quotation that starts in a list item and goes on shows that item with its bullet too.
  return [{ text: source.text, item: source.itemNumber !== null && rest.length > 0 }, ...rest];
}

/**
 * The quotation and its citation, as plain text and as HTML with the same words. The HTML of a
 * document in another language than English says which (`lang`, and `dir` for right-to-left text).
 */
export function formatCitation(source: CitationSource): Citation {
  const words = wordsFor(source.language);
  const [open, close] = words.quote;
  const htmlParts = citationParts(
    source,
    words,
    escapeHtml,
    (title) => `${words.title[0]}<cite>${escapeHtml(title)}</cite>${words.title[1]}`,
  );
  const language = source.language && primary(source.language) !== 'en' ? source.language : null;
  const marked =
    language === null ? '' : ` lang="${escapeHtml(language)}"${textDirection(language) === 'rtl' ? ' dir="rtl"' : ''}`;
  const line = `<p${marked}>${words.dash}${htmlParts.join(words.comma)}${words.stop}</p>`;
  const blocks = quoteBlocks(source);
  const last = blocks.length - 1;
  const quoted = (text: string, index: number): string =>
    `${index === 0 ? open : ''}${text}${index === last ? close : ''}`;
  const text = blocks.map((block, index) => `${block.item ? '• ' : ''}${quoted(block.text, index)}`).join('\n');
  let html = '';
  blocks.forEach((block, index) => {
    const quotedWords = quoted(escapeHtml(block.text), index);
    if (!block.item) html += `<p>${quotedWords}</p>`;
    else
      html += `${blocks[index - 1]?.item ? '' : '<ul>'}<li>${quotedWords}</li>${blocks[index + 1]?.item ? '' : '</ul>'}`;
  });
  return {
    text: `${text}\n${formatCitationLine(source)}`,
    html: `<blockquote${marked}>${html}</blockquote>\n${line}`,
  };
}

function citationParts(
  source: CitationSource,
  words: CitationWords,
  escape: (text: string) => string,
  title: (text: string) => string,
): string[] {
  const [open, close] = words.quote;
  const section = source.editorialTitle
    ? `${words.section(source.sectionNumber)}${words.space}[${escape(source.sectionTitle)}]`
    : `${words.section(source.sectionNumber)}${words.space}${open}${escape(source.sectionTitle)}${close}`;
  const document = source.descriptiveTitle
    ? `[${escape(source.descriptiveTitle)}] (headed ${title(source.documentTitle)})`
    : title(source.documentTitle);
  return [escape(source.issuer), document, section, ...placeParts(source, words)];
}

/**
 * Where the quoted words are: `paragraph 2`, `paragraph 6, item 3`, or for a selection over
 * several parts `paragraphs 3–4`, `paragraph 6, items 2–3` (a paragraph with items of its list:
 * `paragraph 6`), in the citation's language.
 */
function placeParts(source: CitationSource, words: CitationWords): string[] {
  const { end, paragraphNumber, itemNumber } = source;
  if (end && end.paragraphNumber !== paragraphNumber) return [words.paragraphs(paragraphNumber, end.paragraphNumber)];
  const paragraph = words.paragraph(paragraphNumber);
  if (itemNumber === null) return [paragraph];
  if (!end || end.itemNumber === null || end.itemNumber === itemNumber) return [paragraph, words.item(itemNumber)];
  return [paragraph, words.items(itemNumber, end.itemNumber)];
}
