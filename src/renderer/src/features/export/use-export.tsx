import { useCallback, useState, type ReactNode } from 'react';
import type { ExportOptions, TableOfContents } from '../../../../shared/contract';
import { commandHint } from '../../app/command-hint';
import { defaultPaper } from './default-paper';
import { ExportDialog, type ExportScope } from './export-dialog';

/** What the app places on the page for exporting, and the way to open the dialog. */
export interface ExportFeature {
  /** Opens the export dialog (the `export-or-print` command); nothing happens before a document is open. */
  open: (scope: ExportScope) => void;
  /** The "Export or print…" button for the header of the open section. */
  sectionAction: ReactNode;
  /** The dialog (when open) and the live region announcing the last export. */
  element: ReactNode;
}

/**
 * Exporting and printing: the `export-or-print` command (Ctrl+P, Cmd+P on macOS, File ▸ Export or
 * Print…) or a section's "Export or print…" button opens the export dialog; choices of paper and
 * layout are kept for the next export; the outcome of the last export is announced in a polite
 * live region.
 */
export function useExport(toc: TableOfContents | null, currentSectionId: string | null): ExportFeature {
  const [opening, setOpening] = useState<ExportScope | null>(null);
  const [notice, setNotice] = useState('');
  const [options, setOptions] = useState<ExportOptions>(() => ({
    paper: defaultPaper(navigator.language),
    tableOfContents: false,
    paragraphNumbers: true,
  }));
  const hasDocument = toc !== null;
  const open = useCallback(
    (scope: ExportScope) => {
      if (hasDocument) setOpening((already) => already ?? scope);
    },
    [hasDocument],
  );

  const sectionAction = (
    <button type="button" className="export-open" onClick={() => open('current')} {...commandHint('export-or-print')}>
      Export or print…
    </button>
  );
  const element = (
    <>
      <div role="status">
        {notice && (
          <div className="export-notice">
            <span>{notice}</span>
            <button type="button" onClick={() => setNotice('')}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      {opening && toc && (
        <ExportDialog
          toc={toc}
          currentSectionId={currentSectionId}
          initialScope={opening}
          options={options}
          onOptionsChange={setOptions}
          onClose={() => setOpening(null)}
          onDone={(message) => {
            setOpening(null);
            setNotice(message);
          }}
        />
      )}
    </>
  );
  return { open, sectionAction, element };
}
