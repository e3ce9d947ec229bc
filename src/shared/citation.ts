/**
 * The citation that goes with a quoted paragraph or list item: the verbatim words in quotation
 * marks, then issuer, document title, section and paragraph number. The titles are cited as
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
  },
  es: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `sección ${n}`,
    paragraph: (n) => `párrafo ${n}`,
    item: (n) => `apartado ${n}`,
  },
  ru: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `раздел ${n}`,
    paragraph: (n) => `пункт ${n}`,
    item: (n) => `подпункт ${n}`,
  },
  be: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `раздзел ${n}`,
    paragraph: (n) => `пункт ${n}`,
    item: (n) => `падпункт ${n}`,
  },
  ar: {
    ...ENGLISH_WORDS,
    quote: ['«', '»'],
    title: ['«', '»'],
    section: (n) => `القسم ${n}`,
    paragraph: (n) => `الفقرة ${n}`,
    item: (n) => `البند ${n}`,
    comma: '، ',
  },
  zh: {
    quote: ['“', '”'],
    title: ['《', '》'],
    section: (n) => `第${n}节`,
    paragraph: (n) => `第${n}段`,
    item: (n) => `第${n}项`,
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
  if (source.items.length === 0) {
    return {
      text: `${open}${source.text}${close}\n${formatCitationLine(source)}`,
      html: `<blockquote${marked}><p>${open}${escapeHtml(source.text)}${close}</p></blockquote>\n${line}`,
    };
  }
  const last = source.items.length - 1;
  const items = source.items
    .map((item, index) => `<li>${escapeHtml(item)}${index === last ? close : ''}</li>`)
    .join('');
  return {
    text: `${open}${source.text}\n${source.items.map((item) => `• ${item}`).join('\n')}${close}\n${formatCitationLine(source)}`,
    html: `<blockquote${marked}><p>${open}${escapeHtml(source.text)}</p><ul>${items}</ul></blockquote>\n${line}`,
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
  return [
    escape(source.issuer),
    document,
    section,
    words.paragraph(source.paragraphNumber),
    ...(source.itemNumber !== null ? [words.item(source.itemNumber)] : []),
  ];
}
