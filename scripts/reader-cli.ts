/**
 * The command-line companion, for whoever prepares or checks a bundle. It goes through the same
 * loader, handler table and dispatcher (validation included) as the app, so it answers as the app does.
 *
 *   npm run -s reader -- search WORDS… [--json] [--limit N] [--document ID] [--language TAG] [--corpus DIR]
 *   npm run -s reader -- sections [--document ID] [--json]
 *   npm run -s reader -- export --sections 1,3-4|ID,…|all --out FILE.pdf [--paper A4|Letter] [--toc]
 *                              [--no-numbers] [--new-page-per-section] [--document ID]
 *   npm run -s reader -- import udhr <code…> [--all] [--to DIR]
 *
 * Option values are case-insensitive (`--paper a4`, `--sections ALL`). `--json` prints one JSON value
 * on stdout and nothing else; messages go to stderr.
 * Exit codes: 0 success (also when nothing matches), 1 the corpus cannot be used, 2 bad usage or query
 * (or unknown ids or codes), 3 the PDF could not be made or written.
 */
import { parseArgs } from 'node:util';
import { PAPER_SIZES, type PaperSize } from '../src/shared/contract';
import { createDispatcher, type Dispatch } from '../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../src/main/ipc/reader-handlers';
import { CorpusLoadError } from '../src/main/corpus/corpus-loader';
import { loadReaderServices, type ReaderLibrary } from '../src/main/library/load-library';
import type { CliOutput } from './cli-output';
import { CORPUS_DIR, DOCUMENTS_DIR } from './corpus-files';
import { ImportError, importUdhr } from './import-udhr';
import { exportCommand } from './reader-cli-export';
import { searchCommand } from './reader-cli-search';
import { sectionsCommand } from './reader-cli-sections';

const USAGE = `Usage:
  npm run -s reader -- search WORDS… [--json] [--limit N] [--document ID] [--language TAG] [--corpus DIR]
  npm run -s reader -- sections [--document ID] [--json] [--corpus DIR]
  npm run -s reader -- export --sections 1,3-4|ID,…|all --out FILE.pdf [--paper A4|Letter] [--toc]
                             [--no-numbers] [--new-page-per-section] [--document ID] [--corpus DIR]
  npm run -s reader -- import udhr <code…> [--all] [--to DIR]   (then npm run build)`;

/** The command line itself is the only sender: trusted, as the app's own window is. */
const CLI_SENDER = { webContentsId: 0, frameUrl: 'cli:', isTopFrame: true };

class UsageError extends Error {}

/**
 * Loads the corpus as the app does and prints its warnings on stderr first (an altered corpus or
 * index is named before any answer, which then comes from the text as loaded and a rebuilt index).
 */
function openLibrary(corpusDir: string, io: CliOutput): ReaderLibrary {
  const services = loadReaderServices(corpusDir);
  for (const warning of services.status.warnings) io.stderr(`reader: warning: ${warning}\n`);
  return services;
}

function openDispatcher(corpusDir: string, io: CliOutput): Dispatch {
  return createDispatcher(createReaderHandlers(openLibrary(corpusDir, io)), () => true);
}

/** `--paper`, whatever its letter case; undefined gives A4. */
function paperOption(value: string | undefined): PaperSize {
  if (value === undefined) return 'A4';
  const paper = PAPER_SIZES.find((size) => size.toLowerCase() === value.trim().toLowerCase());
  if (!paper) throw new UsageError(`--paper must be ${PAPER_SIZES.join(' or ')}, not '${value}'.`);
  return paper;
}

/** `--limit`: a positive whole number, or undefined for the app's default. */
function limitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!(Number.isInteger(limit) && limit > 0))
    throw new UsageError(`--limit must be a positive whole number, not '${value}'.`);
  return limit;
}

/** The options every command shares the parsing of (unknown options are refused by name). */
function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
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
      // Paragraph and list-item numbers are printed unless --no-numbers (--numbers is kept for old scripts).
      numbers: { type: 'boolean', default: true },
      'no-numbers': { type: 'boolean', default: false },
      'new-page-per-section': { type: 'boolean', default: false },
      document: { type: 'string' },
      language: { type: 'string' },
      to: { type: 'string' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
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
    if (error instanceof ImportError) {
      io.stderr(`reader: ${message}\n`);
      return 2;
    }
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
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const corpusDir = values.corpus ?? CORPUS_DIR;
  switch (command?.toLowerCase()) {
    case 'search':
      if (rest.join('').trim() === '')
        throw new UsageError('search needs words to look for, e.g. search treaty bodies.');
      return searchCommand(openDispatcher(corpusDir, io), CLI_SENDER, io, {
        words: rest,
        json: values.json,
        limit: limitOption(values.limit),
        documentId: values.document,
        language: values.language,
      });
    case 'sections':
      if (rest.length > 0)
        throw new UsageError(`sections takes no words ('${rest[0]}'); name a document with --document.`);
      return sectionsCommand(openDispatcher(corpusDir, io), CLI_SENDER, io, {
        documentId: values.document,
        json: values.json,
      });
    case 'export':
      if (rest.length > 0)
        throw new UsageError(
          `export takes no words ('${rest[0]}'); name sections with --sections, e.g. --sections 1,3-4.`,
        );
      if (!values.sections)
        throw new UsageError('export needs --sections (numbers, ids or ranges such as 1,3-4, or all).');
      if (!values.out) throw new UsageError('export needs --out <file.pdf>.');
      return exportCommand(openLibrary(corpusDir, io), CLI_SENDER, io, {
        sections: values.sections,
        out: values.out,
        paper: paperOption(values.paper),
        tableOfContents: values.toc,
        paragraphNumbers: values.numbers && !values['no-numbers'],
        newPagePerSection: values['new-page-per-section'],
        documentId: values.document,
      });
    case 'import': {
      const [source, ...codes] = rest;
      if (source?.toLowerCase() !== 'udhr')
        throw new UsageError(`import knows one source, udhr, not '${source ?? ''}'.`);
      if (values.all && codes.length > 0) throw new UsageError('import udhr takes codes or --all, not both.');
      const summary = importUdhr(codes, values.to ?? DOCUMENTS_DIR, values.all);
      io.stderr(
        `reader: wrote ${summary.files.length} document(s) to ${summary.folder}: ${summary.files.slice(0, 10).join(', ')}` +
          `${summary.files.length > 10 ? ', …' : ''}. Run "npm run build" to make them readable and searchable.\n`,
      );
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command '${command}'.` : 'no command given.');
  }
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
