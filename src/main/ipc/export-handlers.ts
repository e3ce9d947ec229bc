/**
 * Handlers of `export:pdf` and `export:print`: main composes the print document from the corpus
 * (the renderer sends only ids and options), asks where to save through the save-path port, renders
 * through the PDF port and writes atomically. Every failure is a typed error that says what happened
 * and that nothing was saved.
 */
import type { ContentIntegrity } from '../../shared/contract';
import { fail, ok } from '../../shared/result';
import { describeWriteFailure, writeAtomically } from '../files/atomic-write';
import type { CorpusStore } from '../corpus/corpus-store';
import { proposeFileName } from '../export/export-file-name';
import type { ExportPorts } from '../export/export-ports';
import { selectSections } from '../export/export-selection';
import { provenanceOf, renderExportPdf } from '../export/pdf-export';
import { composePrintDocument } from '../export/print-document';
import { printSettingsFor } from '../export/print-settings';
import type { Handler } from './handler-types';

/** The export channels' handlers. */
export interface ExportHandlers {
  'export:pdf': Handler<'export:pdf'>;
  'export:print': Handler<'export:print'>;
}

/**
 * Builds the export handlers; without ports (e.g. a read-only tool) they answer `unavailable`.
 * Every export names the text it was made from by `integrity.actualHash` (the text as loaded).
 */
export function createExportHandlers(
  store: CorpusStore,
  integrity: ContentIntegrity,
  ports: ExportPorts | undefined,
): ExportHandlers {
  const now = ports?.now ?? (() => new Date());
  return {
    'export:pdf': async ({ documentId, sectionIds, options }) => {
      if (!ports) return fail('unavailable', 'Exporting to PDF is not available here.');
      const selected = selectSections(store, documentId, sectionIds);
      if (!selected.ok) return selected;
      const selection = selected.value;
      const path = await ports.savePath.chooseSavePath(proposeFileName(selection));
      if (path === null) return fail('cancelled', 'The export was cancelled; nothing was saved.');
      let rendered;
      try {
        rendered = await renderExportPdf(selection, options, provenanceOf(selection, integrity, now()), ports.renderer);
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
    },
    'export:print': async ({ documentId, sectionIds, options }) => {
      if (!ports?.printer) return fail('unavailable', 'Printing is not available here; export to PDF instead.');
      const selected = selectSections(store, documentId, sectionIds);
      if (!selected.ok) return selected;
      const selection = selected.value;
      const settings = printSettingsFor(options, provenanceOf(selection, integrity, now()));
      let outcome;
      try {
        outcome = await ports.printer.print(composePrintDocument(selection, settings).html, settings);
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
