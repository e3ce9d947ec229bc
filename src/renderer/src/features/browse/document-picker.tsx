import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';

interface DocumentPickerProps {
  documents: readonly DocumentSummary[];
  currentDocumentId: string | null;
  onOpen: (documentId: string) => void;
}

/** Chooses among the bundled documents; shown only when there is more than one. */
export function DocumentPicker({ documents, currentDocumentId, onOpen }: DocumentPickerProps): ReactNode {
  if (documents.length < 2) return null;
  return (
    <div className="document-picker">
      <label htmlFor="document-picker">Document</label>
      <select id="document-picker" value={currentDocumentId ?? ''} onChange={(event) => onOpen(event.target.value)}>
        {documents.map((document) => (
          <option key={document.id} value={document.id} lang={document.language}>
            {document.title}
          </option>
        ))}
      </select>
    </div>
  );
}
