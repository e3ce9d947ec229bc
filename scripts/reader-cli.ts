/**
 * The command-line companion, for whoever prepares or checks a bundle. It goes through the same
 * loader, handler table and dispatcher (validation included) as the app, so it answers as the app does.
 *
 *   npm run -s reader -- search "<query>" [--json] [--limit N] [--corpus DIR]
 *   npm run -s reader -- export --sections <id,id|all> --out <file.pdf> [--paper A4|Letter] [--toc] [--numbers] [--document ID]
 *
 * `--json` prints one JSON array on stdout and nothing else; messages go to stderr.
 * Exit codes: 0 success (also when nothing matches), 1 the corpus cannot be used, 2 bad usage or query
 * (or unknown ids), 3 the PDF could not be made or written.
 */
import { parseArgs } from 'node:util';
import type { SearchResponse } from '../src/shared/contract';
import { exportCommand, type CliOutput } from './reader-cli-export';
import { createDispatcher, type Dispatch } from '../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../src/main/ipc/reader-handlers';
import { CorpusLoadError } from '../src/main/corpus/corpus-loader';
import { loadReaderServices } from '../src/main/library/load-library';
import { toCliHit } from './cli-hit';
import { CORPUS_DIR } from './corpus-files';

const USAGE = `Usage:
  npm run -s reader -- search "<query>" [--json] [--limit N] [--corpus DIR]
  npm run -s reader -- export --sections <id,id|all> --out <file.pdf> [--paper A4|Letter] [--toc] [--numbers] [--document ID] [--corpus DIR]`;

/** The command line itself is the only sender: trusted, as the app's own window is. */
const CLI_SENDER = { webContentsId: 0, frameUrl: 'cli:', isTopFrame: true };

class UsageError extends Error {}

function openDispatcher(corpusDir: string): Dispatch {
  return createDispatcher(createReaderHandlers(loadReaderServices(corpusDir)), () => true);
}

async function search(
  dispatch: Dispatch,
  io: CliOutput,
  query: string,
  json: boolean,
  limit: number | undefined,
): Promise<number> {
  const result = await dispatch(CLI_SENDER, 'search:query', { query, ...(limit !== undefined ? { limit } : {}) });
  if (!result.ok) {
    io.stderr(`reader: ${result.error.message}\n`);
    return 2;
  }
  const response = result.value as SearchResponse;
  const hits = response.hits.map(toCliHit);
  if (response.notice) io.stderr(`reader: ${response.notice}\n`);
  if (json) {
    io.stdout(`${JSON.stringify(hits, null, 2)}\n`);
    return 0;
  }
  io.stdout(
    `${response.total} passage(s) for “${query}”${response.total > hits.length ? `, first ${hits.length} shown` : ''}\n`,
  );
  for (const hit of hits) {
    io.stdout(`\n${hit.sectionTitle}, paragraph ${hit.paragraphNumber}  [score ${hit.score}]\n`);
    io.stdout(`  ${hit.snippet}\n`);
    io.stdout(`  ${hit.documentId}/${hit.sectionId}/${hit.paragraphId}\n`);
  }
  return 0;
}

function exportUsageProblem(values: { sections?: string; out?: string; paper?: string }): string | null {
  if (!values.sections) return 'export needs --sections (section ids separated by commas, or all).';
  if (!values.out) return 'export needs --out <file.pdf>.';
  if (values.paper !== undefined && values.paper !== 'A4' && values.paper !== 'Letter')
    return `--paper must be A4 or Letter, not '${values.paper}'.`;
  return null;
}

/**
 * Runs the command line with `argv` (the arguments after the script name), writing to `io`;
 * resolves to the exit code and never rejects: every failure is a message on `io.stderr`.
 */
export async function main(argv: readonly string[], io: CliOutput): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      io.stderr(`reader: ${error.message} (${error.filePath})\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`reader: ${message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`reader: unexpected failure: ${message}\n`);
    return 1;
  }
}

/** `parseArgs` refuses an unknown option or a missing value with an error coded `ERR_PARSE_ARGS_…`. */
function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
}

async function run(argv: readonly string[], io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      corpus: { type: 'string' },
      sections: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
      toc: { type: 'boolean', default: false },
      numbers: { type: 'boolean', default: false },
      document: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'.`);
  if (command === 'search') {
    if (rest.length !== 1) throw new UsageError('search takes exactly one query; quote it if it has several words.');
    return search(openDispatcher(values.corpus ?? CORPUS_DIR), io, rest[0]!, values.json, limit);
  }
  if (command === 'export') {
    if (rest.length > 0)
      throw new UsageError(`export takes no positional arguments ('${rest[0]}'); name sections with --sections.`);
    const problem = exportUsageProblem(values);
    if (problem) throw new UsageError(problem);
    return exportCommand(loadReaderServices(values.corpus ?? CORPUS_DIR), CLI_SENDER, io, {
      sections: values.sections!,
      out: values.out!,
      paper: values.paper === 'Letter' ? 'Letter' : 'A4',
      tableOfContents: values.toc,
      paragraphNumbers: values.numbers,
      documentId: values.document,
    });
  }
  throw new UsageError(command ? `unknown command '${command}'.` : 'no command given.');
}

// Run as a command (tsx scripts/reader-cli.ts), not when a test imports `main`.
if (require.main === module) {
  // Output piped into a reader that stops early (`| head`): stop quietly, as command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
