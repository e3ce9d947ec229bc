/**
 * The citation of what the reader selected: the selection arrives as places only (a part and an
 * offset where it starts and ends), is checked against the corpus text, and the quoted words are
 * read from the corpus, never taken from the page.
 */
import type { CitationRequest, TextSelection } from '../../shared/contract';
import type { CitationSource, QuotedParagraph } from '../../shared/citation';
import type { CorpusDocument, ListItem, Paragraph, Section } from '../../shared/corpus-types';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStore } from './corpus-store';

/** A paragraph's own words or one item of its list, in reading order. */
interface TextPart {
  paragraph: Paragraph;
  item: ListItem | null;
  text: string;
}

/** One part's quoted words: `[from, to)` of its text. */
interface Piece {
  part: TextPart;
  from: number;
  to: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** The parts of a section in reading order: each paragraph's words, then its list items. */
function partsOf(section: Section): TextPart[] {
  return section.paragraphs.flatMap((paragraph) => [
    { paragraph, item: null, text: paragraph.text },
    ...paragraph.items.map((item) => ({ paragraph, item, text: item.text })),
  ]);
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character);

/**
 * The citation source of a selection, or a clear error when it does not fit the section's text
 * (unknown part, offset past the text, end before start, nothing but spaces).
 */
export function selectionSourceOf(
  store: CorpusStore,
  request: CitationRequest,
  selection: TextSelection,
): Result<CitationSource> {
  const document = store.getDocument(request.documentId);
  const section = document?.sections.find((candidate) => candidate.id === request.sectionId);
  if (!document || !section)
    return fail('not-found', `There is no section '${request.sectionId}' in '${request.documentId}'.`);
  if (selection.startPart !== request.partId)
    return fail('invalid-request', `The selection must start in the part it cites ('${request.partId}').`);
  const parts = partsOf(section);
  const first = parts.findIndex((part) => (part.item?.id ?? part.paragraph.id) === selection.startPart);
  const last = parts.findIndex((part) => (part.item?.id ?? part.paragraph.id) === selection.endPart);
  for (const [index, id] of [
    [first, selection.startPart],
    [last, selection.endPart],
  ] as const)
    if (index < 0) return fail('not-found', `There is no paragraph or list item '${id}' in section '${section.id}'.`);
  if (selection.startOffset > parts[first]!.text.length || selection.endOffset > parts[last]!.text.length)
    return fail('invalid-request', 'The selection goes past the end of the text it names.');
  if (first > last || (first === last && selection.startOffset > selection.endOffset))
    return fail('invalid-request', 'The selection must end after it starts.');

  const pieces = trimmed(
    parts.slice(first, last + 1).map((part, index, all) => ({
      part,
      from: index === 0 ? selection.startOffset : 0,
      to: index === all.length - 1 ? selection.endOffset : part.text.length,
    })),
  );
  if (pieces.length === 0) return fail('invalid-request', 'The selection holds no words to quote.');
  return ok(sourceOf(document, section, pieces));
}

/**
 * The pieces without the spaces around the selection, widened to whole words (a drag often starts
 * or ends inside a word; a citation quotes words, not letters), without parts left empty at either end.
 */
function trimmed(pieces: Piece[]): Piece[] {
  const kept = pieces.filter((piece) => piece.part.text.slice(piece.from, piece.to).trim() !== '');
  const head = kept[0];
  const tail = kept.at(-1);
  if (!head || !tail) return [];
  const start = head.part.text;
  head.from += start.slice(head.from).length - start.slice(head.from).trimStart().length;
  while (head.from > 0 && isWordCharacter(start[head.from]) && isWordCharacter(start[head.from - 1])) head.from -= 1;
  const end = tail.part.text;
  tail.to -= end.slice(0, tail.to).length - end.slice(0, tail.to).trimEnd().length;
  while (tail.to < end.length && isWordCharacter(end[tail.to - 1]) && isWordCharacter(end[tail.to])) tail.to += 1;
  return kept;
}

/** Whether a quotation starting at `from` of `text` starts a sentence (else it is marked with an ellipsis). */
function startsSentence(text: string, from: number): boolean {
  const before = text.slice(0, from).trimEnd();
  return before === '' || SENTENCE_END.test(before);
}

/** Whether a quotation ending at `to` of `text` ends a sentence, or the text (else it is marked with an ellipsis). */
function endsSentence(text: string, to: number): boolean {
  return text.slice(to).trim() === '' || SENTENCE_END.test(text.slice(0, to));
}

/** The citation source of trimmed pieces: the first part's words, its list, the paragraphs after, and where it ends. */
function sourceOf(document: CorpusDocument, section: Section, pieces: Piece[]): CitationSource {
  const head = pieces[0]!;
  const tail = pieces.at(-1)!;
  const words = pieces.map((piece) => piece.part.text.slice(piece.from, piece.to));
  if (!startsSentence(head.part.text, head.from)) words[0] = `…${words[0]!}`;
  if (!endsSentence(tail.part.text, tail.to)) words[words.length - 1] = `${words.at(-1)!}…`;

  const items: string[] = [];
  const following: QuotedParagraph[] = [];
  pieces.slice(1).forEach((piece, index) => {
    const text = words[index + 1]!;
    if (piece.part.item === null) following.push({ text, items: [] });
    else if (following.length === 0) items.push(text);
    else (following.at(-1)!.items as string[]).push(text);
  });
  return {
    issuer: document.issuer,
    documentTitle: document.title,
    descriptiveTitle: document.descriptiveTitle ?? null,
    sectionNumber: section.number,
    sectionTitle: section.title,
    editorialTitle: section.editorialTitle,
    paragraphNumber: head.part.paragraph.number,
    itemNumber: head.part.item?.number ?? null,
    text: words[0]!,
    items,
    language: document.language,
    ...(following.length > 0 ? { following } : {}),
    ...(pieces.length > 1
      ? { end: { paragraphNumber: tail.part.paragraph.number, itemNumber: tail.part.item?.number ?? null } }
      : {}),
  };
}
