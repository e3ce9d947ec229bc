import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ExportOptions, TableOfContents } from '../../../../shared/contract';
import { defaultPaper } from './default-paper';
import { ExportDialog, type ExportScope } from './export-dialog';

/** What the app places on the page for exporting. */
export interface ExportFeature {
  /** The "Export or print…" button for the header of the open section. */
  sectionAction: ReactNode;
  /** The dialog (when open) and the live region announcing the last export. */
  element: ReactNode;
}

/**
 * Exporting and printing: Ctrl+P (Cmd+P on macOS) or a section's "Export or print…" button opens the
 * export dialog; choices of paper and layout are kept for the next export; the outcome of the last
 * export is announced in a polite live region.
 */
export function useExport(toc: TableOfContents | null, currentSectionId: string | null): ExportFeature {
  const [opening, setOpening] = useState<ExportScope | null>(null);
  const [notice, setNotice] = useState('');
  const [options, setOptions] = useState<ExportOptions>(() => ({
    paper: defaultPaper(navigator.language),
    tableOfContents: false,
    paragraphNumbers: true,
  }));
  const open = useCallback((scope: ExportScope) => setOpening((already) => already ?? scope), []);

  useEffect(() => {
    if (!toc) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        open('current');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toc, open]);

  const sectionAction = (
    <button type="button" className="export-open" onClick={() => open('current')} aria-keyshortcuts="Control+P Meta+P">
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
  return { sectionAction, element };
}
