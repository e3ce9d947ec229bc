/**
 * Handlers of `export:pdf` and `export:print`: main composes the print document from the corpus
 * (the renderer sends only ids and options), asks where to save through the save-path port, renders
 * through the PDF port and writes atomically. Every failure is a typed error that says what happened
 * and that nothing was saved.
 */
import type { SavedExport } from '../../shared/contract/export';
import { fail, ok, type Result } from '../../shared/result';
import { writeAtomically } from '../files/atomic-write';
import { describeWriteFailure } from '../files/file-errors';
import { proposeFileName } from '../export/export-file-name';
import type { ExportPorts } from '../export/export-ports';
import { selectSections } from '../export/export-selection';
import { provenanceOf, renderExportPdf } from '../export/pdf-export';
import { composePrintDocument } from '../export/print-document';
import { printSettingsFor } from '../export/print-settings';
import { RenderQueue } from '../export/render-queue';
import type { CorpusDocuments } from '../library/corpus-documents';
import type { Handler } from './handler-types';

/** Exports that may wait behind the one rendering; a request beyond them is answered `busy` at once. */
export const MAX_WAITING_EXPORTS = 3;

const BUSY = `Other exports are being made (one at a time, at most ${MAX_WAITING_EXPORTS} waiting); try again when they are done.`;

/** The export channels' handlers. */
export interface ExportHandlers {
  'export:pdf': Handler<'export:pdf'>;
  'export:print': Handler<'export:print'>;
}

/**
 * Builds the export handlers over the corpus (the exported document is read when asked); without ports
 * (e.g. a read-only tool) they answer `unavailable`. Every export names the text it was made from
 * by `integrity.actualHash` (the text as loaded).
 */
export function createExportHandlers(corpus: CorpusDocuments, ports: ExportPorts | undefined): ExportHandlers {
  const now = ports?.now ?? (() => new Date());
  // PDF and print share one queue: each rendering opens a hidden window (see render-queue.ts).
  const queue = new RenderQueue(MAX_WAITING_EXPORTS);
  return {
    'export:pdf': async ({ documentId, sectionIds, options }) => {
      if (!ports) return fail('unavailable', 'Exporting to PDF is not available here.');
      const reading = await corpus.read([documentId]);
      if (!reading.ok) return reading;
      const selected = selectSections(reading.value.store, documentId, sectionIds);
      if (!selected.ok) return selected;
      const selection = selected.value;
      const { integrity } = reading.value.status;
      // The whole export waits its turn, save dialog included: never two dialogs or print windows at once.
      const exporting = queue.run(async (): Promise<Result<SavedExport>> => {
        const path = await ports.savePath.chooseSavePath(proposeFileName(selection));
        if (path === null) return fail('cancelled', 'The export was cancelled; nothing was saved.');
        let rendered;
        try {
          rendered = await renderExportPdf(
            selection,
            options,
            provenanceOf(selection, integrity, now()),
            ports.renderer,
          );
        } catch (error) {
          return fail('export-failed', `The PDF could not be made (${reason(error)}). Nothing was saved.`);
        }
        try {
          writeAtomically(path, rendered.pdf);
        } catch (error) {
          const failure = describeWriteFailure(error, path);
          return fail(failure.code, failure.message);
        }
        return ok({ path, pageCount: rendered.pageCount });
      });
      return exporting ?? fail('busy', `${BUSY} Nothing was saved.`);
    },
    'export:print': async ({ documentId, sectionIds, options }) => {
      if (!ports?.printer) return fail('unavailable', 'Printing is not available here; export to PDF instead.');
      const reading = await corpus.read([documentId]);
      if (!reading.ok) return reading;
      const selected = selectSections(reading.value.store, documentId, sectionIds);
      if (!selected.ok) return selected;
      const selection = selected.value;
      const settings = printSettingsFor(options, provenanceOf(selection, reading.value.status.integrity, now()));
      const { printer } = ports;
      const printing = queue.run(() => printer.print(composePrintDocument(selection, settings).html, settings));
      if (printing === null) return fail('busy', BUSY);
      let outcome;
      try {
        outcome = await printing;
      } catch (error) {
        return fail('export-failed', `The document could not be printed (${reason(error)}).`);
      }
      if (outcome === 'cancelled') return fail('cancelled', 'Printing was cancelled.');
      return ok({ sectionCount: selection.sections.length });
    },
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
