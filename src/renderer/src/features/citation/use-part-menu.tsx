import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import type { SectionView } from '../../../../shared/contract';
import type { BookmarkActions } from '../bookmarks/use-bookmark-actions';
import type { BookmarksState } from '../bookmarks/use-bookmarks';
import type { PaneSelection } from './text-selection';
import type { Citing } from './use-citation';
import { PartMenu, type PartMenuItem } from './part-menu';
import { paragraphName, partAt, partName, type ReadingPart } from './reading-part';

/** The context menu of the reading pane: its handler and, while open, the menu itself. */
export interface PartMenuFeature {
  /** The reading pane's `onContextMenu`: opens the menu of the paragraph or list item under it. */
  onContextMenu: (event: MouseEvent) => void;
  element: ReactNode;
}

interface OpenMenu {
  x: number;
  y: number;
  part: ReadingPart;
  /** The words selected when the menu opened (the menu takes the focus, so it is read at once). */
  selection: PaneSelection | null;
}

/**
 * The context menu of a paragraph or list item (right click, the Menu key or Shift+F10): with a
 * selection, copy it as it is or with its citation; copy the part with its citation, bookmark it
 * (or remove its bookmark), add or edit the note. Every copy goes through main: the page never
 * writes the clipboard itself.
 */
export function usePartMenu(
  view: SectionView | null,
  bookmarks: BookmarksState,
  actions: BookmarkActions,
  citing: Pick<Citing, 'cite' | 'citeSelection' | 'copyText' | 'currentSelection'>,
): PartMenuFeature {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const close = useCallback(() => setMenu(null), []);

  const onContextMenu = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const part = view && target ? partAt(target, view.section) : null;
    if (!target || !part) return;
    event.preventDefault();
    // The Menu key or Shift+F10 open it at the focused element, not at the pointer.
    const anchor = event.clientX === 0 && event.clientY === 0 ? target.getBoundingClientRect() : null;
    setMenu({
      x: anchor ? anchor.left + 16 : event.clientX,
      y: anchor ? anchor.top + 16 : event.clientY,
      part,
      selection: citing.currentSelection(),
    });
  };

  const itemsOf = ({ part, selection }: OpenMenu): PartMenuItem[] => {
    if (!view) return [];
    const address = { documentId: view.document.id, sectionId: view.section.id, paragraphId: part.paragraph.id };
    const entry = bookmarks.entryOf(address);
    const paragraph = paragraphName(part.paragraph);
    return [
      ...(selection
        ? [
            { label: 'Copy', run: () => citing.copyText(selection) },
            { label: 'Copy selection with citation', run: () => citing.citeSelection(selection) },
          ]
        : []),
      { label: `Copy ${partName(part)} with citation`, run: () => citing.cite(part) },
      entry
        ? { label: `Remove bookmark from ${paragraph}`, run: () => void actions.remove(entry) }
        : { label: `Bookmark ${paragraph}`, run: () => void actions.toggle(address, paragraph) },
      { label: entry?.bookmark.note ? 'Edit note…' : 'Add a note…', run: () => void actions.annotate(address) },
    ];
  };

  const element = menu && (
    <PartMenu
      label={`Actions for ${partName(menu.part)}`}
      x={menu.x}
      y={menu.y}
      items={itemsOf(menu)}
      onClose={close}
    />
  );
  return { onContextMenu, element };
}
