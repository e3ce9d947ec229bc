/**
 * `npm run corpus`: builds resources/corpus from resources/documents. Logs to stderr so that it can
 * run in front of commands whose stdout is machine-read (`npm run -s reader -- search --json`).
 * With `--if-stale` it does nothing when the corpus is already up to date.
 */
import { SourceDocumentError } from '../src/main/corpus/source-document';
import { shortFingerprint } from '../src/shared/fingerprint';
import { buildCorpus, corpusProblem, CORPUS_DIR, DOCUMENTS_DIR } from './corpus-files';

/** The folders the corpus step reads and writes. */
export interface CorpusFolders {
  documentsDir: string;
  corpusDir: string;
}

/**
 * Runs the corpus step with the command's arguments: builds the corpus, or with `--if-stale` only
 * when it is missing or older than its sources. Tells what it did through `log`; returns the exit code.
 */
export function runCorpusCommand(
  argv: readonly string[],
  folders: CorpusFolders = { documentsDir: DOCUMENTS_DIR, corpusDir: CORPUS_DIR },
  log: (line: string) => void = (line) => console.error(line),
): number {
  try {
    if (argv.includes('--if-stale') && corpusProblem(folders.documentsDir, folders.corpusDir) === null) return 0;
    const summary = buildCorpus(folders.documentsDir, folders.corpusDir);
    log(
      `corpus: ${summary.documents} document(s), ${summary.sections} sections, ${summary.paragraphs} paragraphs; ` +
        `content ${shortFingerprint(summary.stamp.contentHash)}, Lunr ${summary.stamp.lunrVersion}`,
    );
    return 0;
  } catch (error) {
    const message =
      error instanceof SourceDocumentError ? error.message : `unexpected failure: ${(error as Error).stack}`;
    log(`corpus build failed: ${message}`);
    return 1;
  }
}

// Run as a command (tsx scripts/build-corpus.ts), not when a test imports it.
if (require.main === module) process.exitCode = runCorpusCommand(process.argv.slice(2));
