import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { displayTitle } from '../../../../shared/document-title';

interface DocumentPickerProps {
  documents: readonly DocumentSummary[];
  currentDocumentId: string | null;
  onOpen: (documentId: string) => void;
}

/** Chooses among the bundled documents, each by its one-line name (its descriptive title when it has one); shown only when there is more than one. */
export function DocumentPicker({ documents, currentDocumentId, onOpen }: DocumentPickerProps): ReactNode {
  if (documents.length < 2) return null;
  return (
    <div className="labelled-select document-picker">
      <label htmlFor="document-picker">Document</label>
      <select id="document-picker" value={currentDocumentId ?? ''} onChange={(event) => onOpen(event.target.value)}>
        {documents.map((document) => (
          <option key={document.id} value={document.id} lang={document.language}>
            {displayTitle(document)}
          </option>
        ))}
      </select>
    </div>
  );
}
