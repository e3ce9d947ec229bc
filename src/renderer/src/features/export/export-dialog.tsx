import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ExportOptions, ExportRequest, PaperSize, TableOfContents } from '../../../../shared/contract';
import { ModalDialog } from '../../app/modal-dialog';
import { readerApi } from '../../reader-api';
import './export-dialog.css';

/** What to export: the open section, sections ticked in a list, or the whole document. */
export type ExportScope = 'current' | 'chosen' | 'whole';

interface ExportDialogProps {
  toc: TableOfContents;
  /** The section the reader has open (null when none is). */
  currentSectionId: string | null;
  initialScope: ExportScope;
  /** Paper and layout choices, kept by the caller between openings. */
  options: ExportOptions;
  onOptionsChange: (options: ExportOptions) => void;
  /** Closes without doing anything. */
  onClose: () => void;
  /** Called after a successful save or print, with a sentence for the reader. */
  onDone: (message: string) => void;
}

type Feedback = { kind: 'progress' | 'info' | 'error'; text: string } | null;

/**
 * The export dialog: which sections (this one, chosen ones in document order, or all), paper,
 * contents and paragraph numbers; "Save as PDF…" or "Print…". A native modal dialog, labelled,
 * keyboard-operable: focus starts on the scope, Tab stays inside, Escape closes (not while an export
 * runs), focus returns to the opener. Main
 * composes the document from the corpus: only ids and options leave the renderer.
 */
export function ExportDialog({
  toc,
  currentSectionId,
  initialScope,
  options,
  onOptionsChange,
  onClose,
  onDone,
}: ExportDialogProps): ReactNode {
  const id = useId();
  const current = toc.sections.find((section) => section.id === currentSectionId) ?? null;
  const [scope, setScope] = useState<ExportScope>(current || initialScope !== 'current' ? initialScope : 'whole');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(current ? [current.id] : []));
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const sectionIds = (): ExportRequest['sectionIds'] | null => {
    if (scope === 'whole') return 'all';
    if (scope === 'current') return current ? [current.id] : null;
    const ids = toc.sections.filter((section) => chosen.has(section.id)).map((section) => section.id);
    return ids.length > 0 ? ids : null;
  };
  const nothingChosen = sectionIds() === null;

  const run = async (action: 'save' | 'print'): Promise<void> => {
    const ids = sectionIds();
    if (busy || ids === null) return;
    setBusy(true);
    setFeedback({
      kind: 'progress',
      text: action === 'save' ? 'Choose where to save the PDF…' : 'Opening the print dialog…',
    });
    const request: ExportRequest = { documentId: toc.document.id, sectionIds: ids, options };
    const result = action === 'save' ? await readerApi().exportPdf(request) : await readerApi().printExport(request);
    setBusy(false);
    if (result.ok) {
      if ('path' in result.value) {
        const pages = result.value.pageCount === 1 ? '1 page' : `${result.value.pageCount} pages`;
        onDone(`Saved the PDF (${pages}) to ${result.value.path}`);
      } else {
        onDone(
          `Sent ${result.value.sectionCount === 1 ? '1 section' : `${result.value.sectionCount} sections`} to the printer.`,
        );
      }
      return;
    }
    setFeedback({ kind: result.error.code === 'cancelled' ? 'info' : 'error', text: result.error.message });
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void run('save');
  };
  const setOption = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]): void =>
    onOptionsChange({ ...options, [key]: value });
  const toggle = (sectionId: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(sectionId);
    else next.delete(sectionId);
    setChosen(next);
  };

  return (
    <ModalDialog
      className="export-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-intro`}
      busy={busy}
      initialFocus={(dialog) => dialog.querySelector<HTMLElement>('input[name$="scope"]:checked')}
      onClose={onClose}
    >
      <h2 id={`${id}-title`} className="export-title">
        Export or print
      </h2>
      <p id={`${id}-intro`} className="export-intro">
        Verbatim text; every page names the document and section and carries the page number, date, issuer and content
        hash.
      </p>
      <form onSubmit={submit}>
        <fieldset className="export-group" disabled={busy}>
          <legend>What to export</legend>
          {current && (
            <label className="export-choice">
              <input
                type="radio"
                name={`${id}-scope`}
                value="current"
                checked={scope === 'current'}
                onChange={() => setScope('current')}
              />
              <span>
                This section: {current.number}. {current.title}
              </span>
            </label>
          )}
          <label className="export-choice">
            <input
              type="radio"
              name={`${id}-scope`}
              value="chosen"
              checked={scope === 'chosen'}
              onChange={() => setScope('chosen')}
            />
            <span>Chosen sections</span>
          </label>
          {scope === 'chosen' && (
            <fieldset className="export-sections">
              <legend className="visually-hidden">Sections to export</legend>
              <ol>
                {toc.sections.map((section) => (
                  <li key={section.id}>
                    <label className="export-choice">
                      <input
                        type="checkbox"
                        checked={chosen.has(section.id)}
                        onChange={(event) => toggle(section.id, event.target.checked)}
                      />
                      <span>
                        {section.number}. {section.title}
                      </span>
                    </label>
                  </li>
                ))}
              </ol>
            </fieldset>
          )}
          <label className="export-choice">
            <input
              type="radio"
              name={`${id}-scope`}
              value="whole"
              checked={scope === 'whole'}
              onChange={() => setScope('whole')}
            />
            <span>
              Whole document ({toc.sections.length} {toc.sections.length === 1 ? 'section' : 'sections'})
            </span>
          </label>
        </fieldset>
        <fieldset className="export-group export-inline" disabled={busy}>
          <legend>Paper</legend>
          {(['A4', 'Letter'] as PaperSize[]).map((paper) => (
            <label key={paper} className="export-choice">
              <input
                type="radio"
                name={`${id}-paper`}
                value={paper}
                checked={options.paper === paper}
                onChange={() => setOption('paper', paper)}
              />
              <span>{paper}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-group" disabled={busy}>
          <legend>Layout</legend>
          <label className="export-choice">
            <input
              type="checkbox"
              checked={options.tableOfContents}
              onChange={(event) => setOption('tableOfContents', event.target.checked)}
            />
            <span>Include a table of contents</span>
          </label>
          <label className="export-choice">
            <input
              type="checkbox"
              checked={options.paragraphNumbers}
              onChange={(event) => setOption('paragraphNumbers', event.target.checked)}
            />
            <span>Number the paragraphs</span>
          </label>
          <label className="export-choice">
            <input
              type="checkbox"
              checked={options.newPagePerSection ?? false}
              onChange={(event) => setOption('newPagePerSection', event.target.checked)}
            />
            <span>Start each section on a new page</span>
          </label>
        </fieldset>
        <div className="export-feedback">
          {nothingChosen && !busy && <p className="export-hint">Tick at least one section to export.</p>}
          {feedback?.kind === 'error' ? (
            <p role="alert" className="export-error">
              {feedback.text}
            </p>
          ) : (
            <p role="status">{feedback?.text}</p>
          )}
        </div>
        <div className="export-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" onClick={() => void run('print')} disabled={busy || nothingChosen}>
            Print…
          </button>
          <button type="submit" className="primary" disabled={busy || nothingChosen}>
            Save as PDF…
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
