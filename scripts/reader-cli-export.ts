/**
 * `reader export`: the app's export without the app. It goes through the same dispatcher and
 * `export:pdf` handler (validation, composer, `printSettingsFor`, atomic write, typed errors) with
 * two ports swapped: the system Chromium renders, and the "save dialog" answers the `--out` path.
 *
 * `--sections` names sections of one document (`--document ID`, or the first, bundled, document by
 * default) by number, id or range, or `all` (see section-spec.ts); `--out` is checked by
 * pdf-out-path.ts before anything is rendered.
 */
import type { ExportOptions, SavedExport } from '../src/shared/contract';
import { createDispatcher, type SenderInfo } from '../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../src/main/ipc/reader-handlers';
import type { ReaderServices } from '../src/main/ipc/handler-types';
import { createChromiumPdfRenderer } from './chromium-pdf-renderer';
import type { CliOutput } from './cli-output';
import { pdfOutTarget, savePathIn } from './pdf-out-path';
import { readToc } from './reader-cli-sections';
import { parseSectionSpec } from './section-spec';

/** What `reader export` was asked for. */
export interface ExportCommand extends ExportOptions {
  sections: string;
  out: string;
  documentId: string | undefined;
}

/** Exit code for bad usage, unknown ids or a refused `--out`. */
const EXIT_USAGE = 2;
/** Exit code for a PDF that could not be made or written. */
const EXIT_NOT_SAVED = 3;

/** Runs `reader export`; prints the saved path and page count, returns the exit code. */
export async function exportCommand(
  services: ReaderServices,
  sender: SenderInfo,
  io: CliOutput,
  command: ExportCommand,
): Promise<number> {
  // npm runs scripts from the project root; INIT_CWD is where the command was typed.
  const target = pdfOutTarget(command.out, process.env.INIT_CWD ?? process.cwd());
  if (target.kind === 'refused') {
    io.stderr(`reader: ${target.message}\n`);
    return EXIT_USAGE;
  }
  const renderer = createChromiumPdfRenderer();
  const dispatch = createDispatcher(
    createReaderHandlers({
      ...services,
      exporter: {
        renderer,
        printer: null,
        savePath: { chooseSavePath: async (proposed) => savePathIn(target, proposed) },
      },
    }),
    () => true,
  );
  try {
    const toc = await readToc(dispatch, sender, io, command.documentId);
    if (!toc) return EXIT_USAGE;
    const spec = parseSectionSpec(command.sections, toc.sections, toc.document.id);
    if (!spec.ok) {
      io.stderr(`reader: ${spec.message}\n`);
      return EXIT_USAGE;
    }
    const { paper, tableOfContents, paragraphNumbers, newPagePerSection } = command;
    const result = await dispatch(sender, 'export:pdf', {
      documentId: toc.document.id,
      sectionIds: spec.sectionIds,
      options: { paper, tableOfContents, paragraphNumbers, newPagePerSection },
    });
    if (!result.ok) {
      io.stderr(`reader: ${result.error.message}\n`);
      return result.error.code === 'not-found' || result.error.code === 'invalid-request' ? EXIT_USAGE : EXIT_NOT_SAVED;
    }
    const saved = result.value as SavedExport;
    io.stdout(`${saved.path}\t${saved.pageCount} ${saved.pageCount === 1 ? 'page' : 'pages'}\n`);
    return 0;
  } finally {
    await renderer.close();
  }
}
