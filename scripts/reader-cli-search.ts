/**
 * `reader search WORDS…`: the app's search from the command line, through the same dispatcher and
 * `search:query` handler. The words after `search` are one query, quoted or not; a query longer than
 * the contract allows is cut (and the reader told so), never refused with the contract's message.
 */
import type { SearchResponse } from '../src/shared/contract/search';
import { fitQuery } from '../src/shared/query-limit';
import type { Dispatch, SenderInfo } from '../src/main/ipc/ipc-dispatcher';
import { toCliHit, type CliHit } from './cli-hit';
import type { CliOutput } from './cli-output';

/** What `reader search --json` prints: one JSON object, nothing else on standard output. */
export interface CliSearchAnswer {
  /** The query as searched (cut when it was too long). */
  query: string;
  /** Matching passages before `--limit` applied. */
  total: number;
  /** What the reader should be told (a cut query, "showing results for…", partial matches), or null. */
  notice: string | null;
  hits: CliHit[];
}

/** What `reader search` was asked for. */
export interface SearchCommand {
  words: readonly string[];
  json: boolean;
  limit: number | undefined;
  /** Search only this document. */
  documentId?: string | undefined;
  /** Search only the documents in this language (a BCP 47 tag or its prefix). */
  language?: string | undefined;
}

/** Runs `reader search`; returns the exit code (2 when there is nothing to search for). */
export async function searchCommand(
  dispatch: Dispatch,
  sender: SenderInfo,
  io: CliOutput,
  command: SearchCommand,
): Promise<number> {
  const fitted = fitQuery(command.words.join(' '));
  const { limit, documentId, language } = command;
  const result = await dispatch(sender, 'search:query', {
    query: fitted.query,
    ...(limit !== undefined ? { limit } : {}),
    ...(documentId !== undefined ? { documentId } : {}),
    ...(language !== undefined ? { language } : {}),
  });
  if (!result.ok) {
    io.stderr(`reader: ${[fitted.notice, result.error.message].filter(Boolean).join(' ')}\n`);
    return 2;
  }
  const response = result.value as SearchResponse;
  const notice = [fitted.notice, response.notice].filter(Boolean).join(' ') || null;
  const answer: CliSearchAnswer = {
    query: fitted.query,
    total: response.total,
    notice,
    hits: response.hits.map(toCliHit),
  };
  if (notice) io.stderr(`reader: ${notice}\n`);
  io.stdout(command.json ? `${JSON.stringify(answer, null, 2)}\n` : readableAnswer(answer));
  return 0;
}

/** The answer for a person: how many passages, then each hit's place and language, snippet and address (no scores). */
function readableAnswer({ query, total, hits }: CliSearchAnswer): string {
  const count = `${total} ${total === 1 ? 'passage' : 'passages'} for “${query}”`;
  const shown = total > hits.length ? `, first ${hits.length} shown` : '';
  return `${count}${shown}\n${hits
    .map(
      (hit) =>
        `\n${hit.sectionTitle}, paragraph ${hit.paragraphNumber}  [${hit.language}]\n  ${hit.snippet}\n  ${hit.documentId}/${hit.sectionId}/${hit.paragraphId}\n`,
    )
    .join('')}`;
}
