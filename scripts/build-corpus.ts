/**
 * `npm run corpus`: builds resources/corpus from resources/documents. Logs to stderr so that it can
 * run in front of commands whose stdout is machine-read (`npm run -s reader -- search --json`).
 * With `--if-stale` it does nothing when the corpus is already up to date.
 */
import { SourceDocumentError } from '../src/main/corpus/source-document';
import { buildCorpus, corpusProblem } from './corpus-files';

try {
  if (process.argv.includes('--if-stale') && corpusProblem() === null) process.exit(0);
  const summary = buildCorpus();
  console.error(
    `corpus: ${summary.documents} document(s), ${summary.sections} sections, ${summary.paragraphs} paragraphs; ` +
      `content ${summary.stamp.contentHash.slice(0, 12)}, Lunr ${summary.stamp.lunrVersion}`,
  );
} catch (error) {
  const message =
    error instanceof SourceDocumentError ? error.message : `unexpected failure: ${(error as Error).stack}`;
  console.error(`corpus build failed: ${message}`);
  process.exit(1);
}
