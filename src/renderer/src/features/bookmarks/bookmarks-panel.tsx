import { useEffect, useRef, type ReactNode } from 'react';
import type { BookmarkEntry } from '../../../../shared/contract';
import { formatRoute } from '../../app/route';
import { keysOf } from '../../app/command-hint';
import { NoteEditor } from './note-editor';
import './bookmarks.css';

interface BookmarksPanelProps {
  entries: readonly BookmarkEntry[];
  /** The bookmark whose note is being edited, if any. */
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onSaveNote: (id: string, note: string) => void;
  onDelete: (entry: BookmarkEntry) => void;
  onExport: () => void;
}

/** How a bookmark is named to the reader: "section 3, paragraph 2". */
export function bookmarkSubject(entry: BookmarkEntry): string {
  return entry.place
    ? `section ${entry.place.sectionNumber}, paragraph ${entry.place.paragraphNumber}`
    : 'a paragraph no longer in the document';
}

/** The bookmarks in document order: jump to one, edit its note, delete it; export them all. */
export function BookmarksPanel({
  entries,
  editingId,
  onEdit,
  onSaveNote,
  onDelete,
  onExport,
}: BookmarksPanelProps): ReactNode {
  // When the note editor closes, the focus goes back to the button that opened it.
  const lastEditing = useRef<string | null>(null);
  useEffect(() => {
    if (editingId === null && lastEditing.current !== null)
      document.getElementById(`edit-${lastEditing.current}`)?.focus();
    lastEditing.current = editingId;
  }, [editingId]);
  return (
    <section className="bookmarks-panel" aria-labelledby="bookmarks-heading">
      <div className="bookmarks-top">
        <h2 id="bookmarks-heading" className="sidebar-heading">
          Bookmarks
        </h2>
        <button type="button" className="quiet-button" onClick={onExport}>
          Export as Markdown…
        </button>
      </div>
      {entries.length === 0 && (
        <p className="bookmarks-empty">
          No bookmarks yet. Use the Bookmark button beside a paragraph, or press {keysOf('toggle-bookmark')} in it.
        </p>
      )}
      <ol className="bookmark-list">
        {entries.map((entry) => {
          const { bookmark, place } = entry;
          const subject = bookmarkSubject(entry);
          const headingId = `bookmark-${bookmark.id}`;
          return (
            <li key={bookmark.id}>
              <article className="bookmark" aria-labelledby={headingId}>
                <h3 id={headingId} className="bookmark-title">
                  {place ? (
                    <a
                      href={formatRoute({
                        documentId: bookmark.documentId,
                        sectionId: bookmark.sectionId,
                        paragraphId: bookmark.paragraphId,
                      })}
                    >
                      Section {place.sectionNumber}, paragraph {place.paragraphNumber}
                    </a>
                  ) : (
                    'A paragraph no longer in the document'
                  )}
                </h3>
                {place && <p className="bookmark-section">{place.sectionTitle}</p>}
                {place && <p className="bookmark-excerpt">{place.excerpt}</p>}
                {editingId === bookmark.id ? (
                  <NoteEditor
                    subject={subject}
                    initial={bookmark.note}
                    onSave={(note) => onSaveNote(bookmark.id, note)}
                    onCancel={() => onEdit(null)}
                  />
                ) : (
                  bookmark.note !== '' && <p className="bookmark-note">{bookmark.note}</p>
                )}
                {editingId !== bookmark.id && (
                  <div className="bookmark-actions">
                    <button
                      type="button"
                      className="quiet-button"
                      id={`edit-${bookmark.id}`}
                      aria-label={`${bookmark.note ? 'Edit note' : 'Add note'} on ${subject}`}
                      onClick={() => onEdit(bookmark.id)}
                    >
                      {bookmark.note ? 'Edit note' : 'Add note'}
                    </button>
                    <button
                      type="button"
                      className="quiet-button"
                      aria-label={`Delete bookmark on ${subject}`}
                      onClick={() => onDelete(entry)}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
