import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MAX_NOTE_LENGTH } from '../../../../shared/contract/user';
import { chordText } from '../../app/command-hint';

interface NoteEditorProps {
  /** Names the paragraph, for the field's label (e.g. "section 3, paragraph 2"). */
  subject: string;
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** Edits a bookmark's note: Save (or Ctrl/Cmd+Enter), Cancel (or Escape). */
export function NoteEditor({ subject, initial, onSave, onCancel }: NoteEditorProps): ReactNode {
  const [note, setNote] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  useEffect(() => {
    field.current?.focus();
  }, []);
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(note);
      }}
    >
      <label>
        <span className="note-label">Note on {subject}</span>
        <textarea
          ref={field}
          value={note}
          maxLength={MAX_NOTE_LENGTH}
          rows={4}
          aria-describedby={hintId}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              onSave(note);
            }
          }}
        />
      </label>
      <p id={hintId} className="note-hint">
        {note.length} of {MAX_NOTE_LENGTH} characters. {chordText({ key: 'Enter', mod: true })} saves, Escape cancels.
      </p>
      <div className="note-buttons">
        <button type="submit">Save note</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
