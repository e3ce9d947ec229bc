/**
 * `reader sections [--document ID] [--json]`: a document's sections with the number and id that
 * `--sections` accepts, and their titles, read through the same `corpus:toc` handler as the app's
 * table of contents.
 */
import type { TableOfContents } from '../src/shared/contract';
import { displayTitle } from '../src/shared/document-title';
import type { Dispatch, SenderInfo } from '../src/main/ipc/ipc-dispatcher';
import type { CliOutput } from './cli-output';

/** One line of `reader sections --json`. */
export interface CliSection {
  number: number;
  id: string;
  title: string;
  /** True when the title is an editorial label, not the source's words (printed in square brackets). */
  editorialTitle: boolean;
}

/**
 * The table of contents of `documentId`, or of the first (bundled) document when none is named;
 * writes the handler's message and answers null when there is no such document.
 */
export async function readToc(
  dispatch: Dispatch,
  sender: SenderInfo,
  io: CliOutput,
  documentId: string | undefined,
): Promise<TableOfContents | null> {
  let id = documentId;
  if (id === undefined) {
    const documents = await dispatch(sender, 'corpus:documents', undefined);
    id = documents.ok ? ((documents.value as { id: string }[])[0]?.id ?? '') : '';
  }
  const toc = await dispatch(sender, 'corpus:toc', { documentId: id });
  if (toc.ok) return toc.value as TableOfContents;
  io.stderr(`reader: ${toc.error.message}\n`);
  return null;
}

/** Runs `reader sections`; returns the exit code (2 for an unknown document). */
export async function sectionsCommand(
  dispatch: Dispatch,
  sender: SenderInfo,
  io: CliOutput,
  command: { documentId: string | undefined; json: boolean },
): Promise<number> {
  const toc = await readToc(dispatch, sender, io, command.documentId);
  if (!toc) return 2;
  const sections: CliSection[] = toc.sections.map(({ number, id, title, editorialTitle }) => ({
    number,
    id,
    title,
    editorialTitle,
  }));
  if (command.json) {
    io.stdout(`${JSON.stringify({ documentId: toc.document.id, sections }, null, 2)}\n`);
    return 0;
  }
  const numberWidth = String(Math.max(...sections.map((section) => section.number))).length;
  const idWidth = Math.max(...sections.map((section) => section.id.length));
  io.stdout(`${toc.document.id}: ${displayTitle(toc.document)}\n`);
  for (const section of sections) {
    const title = section.editorialTitle ? `[${section.title}]` : section.title;
    io.stdout(`${String(section.number).padStart(numberWidth)}  ${section.id.padEnd(idWidth)}  ${title}\n`);
  }
  return 0;
}
