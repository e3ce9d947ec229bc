/**
 * The corpora the benchmark runs on: the bundled document (resources/corpus, built by `npm run
 * build`) and a generated library of 10,000 sections, built once per run in a temporary folder
 * and deleted when the process exits.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusFile } from '../../src/shared/corpus-types';
import { CORPUS_FILE_NAME } from '../../src/main/corpus/corpus-loader';
import { CORPUS_DIR } from '../corpus-files';
import { generateLibrary, LIBRARY_DEFAULTS } from './generate-library';

/** A corpus folder with a name for the table. */
export interface BenchCorpus {
  name: string;
  corpusDir: string;
  sections: number;
  paragraphs: number;
  /** Seconds the corpus build took (generated library only). */
  buildSeconds?: number;
}

let library: BenchCorpus | undefined;

/** The bundled document's corpus. */
export function bundledCorpus(): BenchCorpus {
  const corpus = JSON.parse(readFileSync(join(CORPUS_DIR, CORPUS_FILE_NAME), 'utf8')) as CorpusFile;
  const sections = corpus.documents.flatMap((document) => document.sections);
  return {
    name: 'bundled document',
    corpusDir: CORPUS_DIR,
    sections: sections.length,
    paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
  };
}

/** The generated library (built on first use in this process). */
export function generatedLibrary(log: (message: string) => void): BenchCorpus {
  if (!library) {
    const folder = mkdtempSync(join(tmpdir(), 'reader-bench-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    log(`generating a library of ${LIBRARY_DEFAULTS.sections.toLocaleString('en')} sections in ${folder} …`);
    const start = performance.now();
    const built = generateLibrary(folder);
    const buildSeconds = (performance.now() - start) / 1000;
    library = {
      name: `library of ${built.sections.toLocaleString('en')} sections`,
      corpusDir: built.corpusDir,
      sections: built.sections,
      paragraphs: built.paragraphs,
      buildSeconds,
    };
    log(
      `… ${built.documents} documents, ${built.paragraphs.toLocaleString('en')} paragraphs, built in ${buildSeconds.toFixed(1)} s`,
    );
  }
  return library;
}
