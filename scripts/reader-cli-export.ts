/**
 * `reader export`: the app's export without the app. It goes through the same dispatcher and
 * `export:pdf` handler (validation, composer, `printSettingsFor`, atomic write, typed errors) with
 * two ports swapped: the system Chromium renders, and the "save dialog" answers the `--out` path.
 *
 * Section ids are bare section ids (as in the deep links `#/document/SECTION`) of one document:
 * `--document ID`, or the first (bundled) document by default; `all` is every section of it.
 */
import { resolve } from 'node:path';
import type { ExportOptions, SavedExport } from '../src/shared/contract';
import { createDispatcher, type SenderInfo } from '../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../src/main/ipc/reader-handlers';
import type { ReaderServices } from '../src/main/ipc/handler-types';
import { createChromiumPdfRenderer } from './chromium-pdf-renderer';

/** Where the command line writes its output and its messages (the process's streams, or a test's). */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What `reader export` was asked for. */
export interface ExportCommand extends ExportOptions {
  sections: string;
  out: string;
  documentId: string | undefined;
}

/** Exit code for a PDF that could not be made or written. */
const EXIT_NOT_SAVED = 3;

/** Runs `reader export`; prints the saved path and page count, returns the exit code. */
export async function exportCommand(
  services: ReaderServices,
  sender: SenderInfo,
  io: CliOutput,
  command: ExportCommand,
): Promise<number> {
  const documentId = command.documentId ?? services.store.listDocuments()[0]?.id ?? '';
  // npm runs scripts from the project root; INIT_CWD is where the command was typed.
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), command.out);
  const sectionIds =
    command.sections.trim() === 'all'
      ? 'all'
      : command.sections
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
  const renderer = createChromiumPdfRenderer();
  const dispatch = createDispatcher(
    createReaderHandlers({
      ...services,
      exporter: { renderer, printer: null, savePath: { chooseSavePath: async () => out } },
    }),
    () => true,
  );
  try {
    const { paper, tableOfContents, paragraphNumbers } = command;
    const result = await dispatch(sender, 'export:pdf', {
      documentId,
      sectionIds,
      options: { paper, tableOfContents, paragraphNumbers },
    });
    if (!result.ok) {
      io.stderr(`reader: ${result.error.message}\n`);
      return result.error.code === 'not-found' || result.error.code === 'invalid-request' ? 2 : EXIT_NOT_SAVED;
    }
    const saved = result.value as SavedExport;
    io.stdout(`${saved.path}\t${saved.pageCount} ${saved.pageCount === 1 ? 'page' : 'pages'}\n`);
    return 0;
  } finally {
    await renderer.close();
  }
}
