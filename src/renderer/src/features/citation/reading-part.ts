import type { AppCommand } from '../../../../shared/app-commands';
import type { ListItem, Paragraph, Section } from '../../../../shared/corpus-types';
import { keysOf } from '../../app/command-hint';

/** A paragraph of the open section, or one item of its list: what the reader can cite. */
export interface ReadingPart {
  paragraph: Paragraph;
  /** The list item, or null for the paragraph itself. */
  item: ListItem | null;
}

/** The id a citation addresses: the paragraph's (`p3`) or the list item's (`p3-i2`). */
export function partId(part: ReadingPart): string {
  return part.item?.id ?? part.paragraph.id;
}

/** How the reader names a paragraph: "paragraph 3". */
export function paragraphName(paragraph: Paragraph): string {
  return `paragraph ${paragraph.number}`;
}

/** How the reader names a part: "paragraph 3" or "item 2 of paragraph 4". */
export function partName(part: ReadingPart): string {
  return part.item ? `item ${part.item.number} of ${paragraphName(part.paragraph)}` : paragraphName(part.paragraph);
}

/**
 * The part of `section` shown by the element holding `node` in the reading pane, if any: its ids
 * come from the element's `data-part` and `data-paragraph`, its numbers from the section itself.
 */
export function partAt(node: Node | null, section: Section): ReadingPart | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const holder = element?.closest<HTMLElement>('.reading-pane [data-part]');
  const paragraphId = holder?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
  const paragraph = section.paragraphs.find((candidate) => candidate.id === paragraphId);
  if (!holder || !paragraph) return null;
  const itemId = holder.dataset.part;
  if (itemId === paragraph.id) return { paragraph, item: null };
  const item = paragraph.items.find((candidate) => candidate.id === itemId);
  return item ? { paragraph, item } : null;
}

/**
 * The part the reader means: the one with the focus, else the one holding the selection, else the
 * paragraph the address points at (`targetParagraphId`).
 */
export function partInFocus(section: Section, targetParagraphId: string | null): ReadingPart | null {
  const selection = window.getSelection();
  const target = section.paragraphs.find((paragraph) => paragraph.id === targetParagraphId);
  return (
    partAt(document.activeElement, section) ??
    (selection && selection.rangeCount > 0 ? partAt(selection.anchorNode, section) : null) ??
    (target ? { paragraph: target, item: null } : null)
  );
}

/** What to tell a reader who gave a paragraph's command (`copy-citation`, `toggle-bookmark`) with no paragraph chosen. */
export function noPartMessage(command: AppCommand): string {
  return `Move to a paragraph first (click in it, or Tab to its buttons), then press ${keysOf(command)} again.`;
}
