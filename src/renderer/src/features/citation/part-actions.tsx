import type { ReactNode } from 'react';
import type { ListItem, Paragraph } from '../../../../shared/corpus-types';
import '../comfort/comfort.css';

interface ParagraphActionsProps {
  paragraph: Paragraph;
  bookmarked: boolean;
  note: string | null;
  onCite: () => void;
  onToggleBookmark: () => void;
}

/**
 * The actions under a paragraph (cite it, bookmark it) and the reader's note on it. Button labels
 * are drawn by CSS and the note is not selectable, so selecting and copying text (Ctrl/Cmd+C)
 * gets the document's words only.
 */
export function ParagraphActions({
  paragraph,
  bookmarked,
  note,
  onCite,
  onToggleBookmark,
}: ParagraphActionsProps): ReactNode {
  return (
    <>
      <div className="paragraph-actions">
        <button
          type="button"
          className="part-button cite"
          aria-label={`Cite paragraph ${paragraph.number} (copy with citation)`}
          onClick={onCite}
        />
        <button
          type="button"
          className="part-button mark"
          aria-pressed={bookmarked}
          aria-label={`Bookmark paragraph ${paragraph.number}`}
          onClick={onToggleBookmark}
        />
      </div>
      {note && (
        <p className="paragraph-note">
          <span className="visually-hidden">Your note: </span>
          {note}
        </p>
      )}
    </>
  );
}

/** The cite button of a list item. */
export function ItemActions({
  item,
  paragraph,
  onCite,
}: {
  item: ListItem;
  paragraph: Paragraph;
  onCite: () => void;
}): ReactNode {
  return (
    <button
      type="button"
      className="part-button cite item-cite"
      aria-label={`Cite item ${item.number} of paragraph ${paragraph.number} (copy with citation)`}
      onClick={onCite}
    />
  );
}
