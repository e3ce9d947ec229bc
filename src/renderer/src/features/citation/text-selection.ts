import type { TextSelection } from '../../../../shared/contract/request-schemas';

/** The attribute on the element holding exactly the verbatim text of a part (its value: the part's id). */
export const TEXT_OF_ATTRIBUTE = 'data-text-of';

/** A selection in the reading pane: where it is (for main to quote from the corpus) and its words as shown. */
export interface PaneSelection {
  places: TextSelection;
  /** The selected text as the page shows it (for a plain copy). */
  text: string;
}

/** The number of characters of `element`'s text before the point (`node`, `offset`) inside it. */
function offsetIn(element: Element, node: Node, offset: number): number {
  const before = element.ownerDocument.createRange();
  before.setStart(element, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The reader's selection inside `root` (the reading pane), as places in the parts' texts: the first
 * and last part it touches, clamped to their texts (a selection starting on a paragraph number
 * starts at its text's first character). Null when nothing is selected there.
 */
export function paneSelection(root: Element | null, selection: Selection | null): PaneSelection | null {
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const texts = Array.from(root.querySelectorAll(`[${TEXT_OF_ATTRIBUTE}]`)).filter((element) =>
    range.intersectsNode(element),
  );
  const first = texts[0];
  const last = texts.at(-1);
  const startPart = first?.getAttribute(TEXT_OF_ATTRIBUTE);
  const endPart = last?.getAttribute(TEXT_OF_ATTRIBUTE);
  if (!first || !last || !startPart || !endPart) return null;
  const startOffset = first.contains(range.startContainer)
    ? offsetIn(first, range.startContainer, range.startOffset)
    : 0;
  const endOffset = last.contains(range.endContainer)
    ? offsetIn(last, range.endContainer, range.endOffset)
    : (last.textContent ?? '').length;
  const text = selection.toString().trim();
  if (text === '') return null;
  return { places: { startPart, startOffset, endPart, endOffset }, text };
}
