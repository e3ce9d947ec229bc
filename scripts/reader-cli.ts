/**
 * The command-line companion, for whoever prepares or checks a bundle. It goes through the same
 * loader, handler table and dispatcher (validation included) as the app, so it answers as the app does.
 *
 *   npm run -s reader -- search "<query>" [--json] [--limit N] [--document ID] [--language TAG] [--corpus DIR]
 *   npm run -s reader -- export --sections <id,id|all> --out <file.pdf> [--paper A4|Letter] [--toc] [--numbers] [--document ID]
 *   npm run -s reader -- import udhr <code…> [--all] [--to DIR]
 *
 * `--json` prints one JSON array on stdout and nothing else; messages go to stderr.
 * Exit codes: 0 success (also when nothing matches), 1 the corpus cannot be used, 2 bad usage or query
 * (or unknown ids or codes), 3 the PDF could not be made or written.
 */
import { parseArgs } from 'node:util';
import type { SearchResponse } from '../src/shared/contract';
import { exportCommand } from './reader-cli-export';
import { createDispatcher, type Dispatch } from '../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../src/main/ipc/reader-handlers';
import { CorpusLoadError } from '../src/main/corpus/corpus-loader';
import { loadReaderServices } from '../src/main/library/load-library';
import { toCliHit } from './cli-hit';
import { CORPUS_DIR, DOCUMENTS_DIR } from './corpus-files';
import { ImportError, importUdhr } from './import-udhr';

const USAGE = `Usage:
  npm run -s reader -- search "<query>" [--json] [--limit N] [--document ID] [--language TAG] [--corpus DIR]
  npm run -s reader -- export --sections <id,id|all> --out <file.pdf> [--paper A4|Letter] [--toc] [--numbers] [--document ID] [--corpus DIR]
  npm run -s reader -- import udhr <code…> [--all] [--to DIR]   (then npm run build)`;

/** The command line itself is the only sender: trusted, as the app's own window is. */
const CLI_SENDER = { webContentsId: 0, frameUrl: 'cli:', isTopFrame: true };

class UsageError extends Error {}

function openDispatcher(corpusDir: string): Dispatch {
  return createDispatcher(createReaderHandlers(loadReaderServices(corpusDir)), () => true);
}

/** What `search` was asked besides the query. */
interface SearchFlags {
  json: boolean;
  limit?: number;
  documentId?: string;
  language?: string;
}

async function search(dispatch: Dispatch, query: string, { json, ...scope }: SearchFlags): Promise<number> {
  const options = Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined));
  const result = await dispatch(CLI_SENDER, 'search:query', { query, ...options });
  if (!result.ok) {
    console.error(`reader: ${result.error.message}`);
    return 2;
  }
  const response = result.value as SearchResponse;
  const hits = response.hits.map(toCliHit);
  if (response.notice) console.error(`reader: ${response.notice}`);
  if (json) {
    process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return 0;
  }
  console.log(
    `${response.total} passage(s) for “${query}”${response.total > hits.length ? `, first ${hits.length} shown` : ''}`,
  );
  for (const hit of hits) {
    console.log(`\n${hit.sectionTitle}, paragraph ${hit.paragraphNumber}  [${hit.language}, score ${hit.score}]`);
    console.log(`  ${hit.snippet}`);
    console.log(`  ${hit.documentId}/${hit.sectionId}/${hit.paragraphId}`);
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

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
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
      language: { type: 'string' },
      to: { type: 'string' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...rest] = positionals;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'.`);
  if (command === 'search') {
    if (rest.length !== 1) throw new UsageError('search takes exactly one query; quote it if it has several words.');
    return search(openDispatcher(values.corpus ?? CORPUS_DIR), rest[0]!, {
      json: values.json,
      limit,
      documentId: values.document,
      language: values.language,
    });
  }
  if (command === 'import') {
    const [source, ...codes] = rest;
    if (source !== 'udhr') throw new UsageError(`import knows one source, udhr, not '${source ?? ''}'.`);
    if (values.all && codes.length > 0) throw new UsageError('import udhr takes codes or --all, not both.');
    const summary = importUdhr(codes, values.to ?? DOCUMENTS_DIR, values.all);
    console.error(
      `reader: wrote ${summary.files.length} document(s) to ${summary.folder}: ${summary.files.slice(0, 10).join(', ')}` +
        `${summary.files.length > 10 ? ', …' : ''}. Run "npm run build" to make them readable and searchable.`,
    );
    return 0;
  }
  if (command === 'export') {
    if (rest.length > 0)
      throw new UsageError(`export takes no positional arguments ('${rest[0]}'); name sections with --sections.`);
    const problem = exportUsageProblem(values);
    if (problem) throw new UsageError(problem);
    return exportCommand(loadReaderServices(values.corpus ?? CORPUS_DIR), CLI_SENDER, {
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

// Output piped into a reader that stops early (`| head`): stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CorpusLoadError) {
      console.error(`reader: ${error.message} (${error.filePath})`);
      process.exitCode = 1;
    } else if (error instanceof ImportError) {
      console.error(`reader: ${error.message}`);
      process.exitCode = 2;
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`reader: ${(error as Error).message}\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error(`reader: unexpected failure: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  },
);
