/**
 * Search engine benchmark (`npm run bench -- --only engine`), on the bundled library and, with
 * READER_BENCH_UDHR set, on the Universal Declaration in every language of the `udhr` package
 * (532) beside the statement, each figure next to a baseline measured in the same run:
 *   - shard load (JSON.parse, field checks, compact index and vocabulary) ÷ a bare JSON.parse of
 *     the same bytes; Lunr's own `Index.load` of the same documents' Lunr indexes for scale;
 *   - retained heap (and array buffers: the compact postings) once every shard was searched;
 *   - warm p50/p95 over every keystroke of the reader's queries, and over misspelt ones (fuzzy),
 *     beside MiniSearch on the same paragraphs and keystrokes (prefix search of the last word,
 *     fuzzy matching for the misspelt ones);
 *   - the worst single calls: `a*`, `x~2`, an unknown word, 32 clauses (real words, and misspelt).
 *
 *   READER_BENCH_UDHR=1 npm run bench -- --only engine     # imports and builds in a temp folder
 *   READER_BENCH_UDHR=/tmp/udhr npm run bench -- --only engine   # kept there, reused when fresh
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { CORPUS_FILE_NAME } from '../../src/main/corpus/corpus-loader';
import { loadReaderServices } from '../../src/main/library/load-library';
import { INDEX_DIR_NAME, readShardFields } from '../../src/main/search/index-loader';
import { buildSearchIndex } from '../../src/main/search/search-index';
import { parseShardIndex } from '../../src/main/search/shard-format';
import type { ShardIndex } from '../../src/main/search/shard-index';
import { Vocabulary } from '../../src/main/search/vocabulary';
import type { CorpusFile } from '../../src/shared/corpus-types';
import { buildCorpus, corpusProblem, DOCUMENTS_DIR } from '../corpus-files';
import { importUdhr } from '../import-udhr';
import type { BenchModule, BenchRow } from './bench-types';
import { bundledCorpus, type BenchCorpus } from './corpora';
import { keystrokes, READER_QUERIES } from './reader-queries';
import { interleave, median, percentile, time, timeWithCpu } from './stats';

/** Worst single query, at library scale. */
const WORST_QUERY_TARGET_MS = 50;
/** A shard's load against a bare JSON.parse of its bytes. */
const LOAD_RATIO_TARGET = 1.5;
/** Retained heap with every shard searched, at library scale. */
const RETAINED_TARGET_MB = 150;

/** Misspelt queries (each keystroke of them is searched): the corrections path. */
const MISSPELT_QUERIES = ['humna rihgts', 'constrctive dialogue', 'freedm of religon', 'universel declaraton'];
/** The first 32 words of article 18: as many clauses as a query may have. */
const THIRTY_TWO_WORDS =
  'everyone has the right to freedom of thought conscience and religion this right includes freedom to change his religion or belief and freedom either alone or in community with others and in public';
/** The same, every word misspelt by one letter (none is in the index: every clause is corrected). */
const THIRTY_TWO_MISSPELT = THIRTY_TWO_WORDS.split(' ')
  .slice(0, 32)
  .map((word) => (word.length > 3 ? `${word.slice(0, 2)}q${word.slice(3)}` : `${word}q`))
  .join(' ');

/** Runs the engine benchmark on the bundled library, and on the 532-language one when asked. */
export const engineBench: BenchModule = async (log) => {
  const corpora = [bundledCorpus()];
  const udhr = process.env.READER_BENCH_UDHR;
  if (udhr) corpora.push(udhrLibrary(udhr, log));
  else log('engine: set READER_BENCH_UDHR=1 (or a folder) to measure the 532-language library too');
  const rows: BenchRow[] = [];
  for (const corpus of corpora) {
    log(`engine: ${corpus.name} …`);
    rows.push(...measure(corpus, log));
  }
  return rows;
};

/** The statement and the declaration in every language of `udhr`, imported and built (or reused from `setting`). */
function udhrLibrary(setting: string, log: (message: string) => void): BenchCorpus {
  const folder = setting === '1' ? mkdtempSync(join(tmpdir(), 'reader-bench-udhr-')) : setting;
  if (setting === '1') process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const documentsDir = join(folder, 'docs');
  const corpusDir = join(folder, 'corpus');
  let buildSeconds: number | undefined;
  if (!existsSync(join(corpusDir, CORPUS_FILE_NAME)) || corpusProblem(documentsDir, corpusDir) !== null) {
    mkdirSync(documentsDir, { recursive: true });
    for (const name of readdirSync(DOCUMENTS_DIR).filter((file) => !file.startsWith('udhr-')))
      copyFileSync(join(DOCUMENTS_DIR, name), join(documentsDir, name));
    const imported = importUdhr([], documentsDir, true);
    log(`engine: imported ${imported.files.length} declarations into ${documentsDir}; building the corpus …`);
    const start = performance.now();
    buildCorpus(documentsDir, corpusDir);
    buildSeconds = (performance.now() - start) / 1000;
  } else log(`engine: reusing the corpus built in ${corpusDir}`);
  const corpus = JSON.parse(readFileSync(join(corpusDir, CORPUS_FILE_NAME), 'utf8')) as CorpusFile;
  const sections = corpus.documents.flatMap((document) => document.sections);
  return {
    name: `statement + UDHR in ${corpus.documents.length - 1} languages`,
    corpusDir,
    sections: sections.length,
    paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
    buildSeconds,
  };
}

/**
 * What loading a shard does with the text of its file (index-loader.ts, less the stamp and hash
 * checks): JSON.parse, field checks, the compact index and the vocabulary.
 */
export function decodeShardText(text: string): [ShardIndex, Vocabulary] {
  const fields = readShardFields(JSON.parse(text));
  if (typeof fields === 'string') throw new Error(fields);
  const index = parseShardIndex(fields.index);
  if (typeof index === 'string') throw new Error(index);
  return [index, new Vocabulary(fields.vocabulary)];
}

/** Collects garbage (V8's `gc`, exposed for this process). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function measure(corpus: BenchCorpus, log: (message: string) => void): BenchRow[] {
  const group = `engine · ${corpus.name}`;
  const large = corpus.paragraphs > 5_000;
  const rows: BenchRow[] = [];
  const mb = (bytes: number) => bytes / 1_048_576;
  const indexDir = join(corpus.corpusDir, INDEX_DIR_NAME);
  const corpusFile = JSON.parse(readFileSync(join(corpus.corpusDir, CORPUS_FILE_NAME), 'utf8')) as CorpusFile;

  // Retained memory first, before this process holds anything else: every shard loaded and searched.
  collectGarbage();
  const before = process.memoryUsage();
  const services = loadReaderServices(corpus.corpusDir);
  services.search.search('human rights');
  for (const query of keystrokes()) services.search.search(query);
  collectGarbage();
  const after = process.memoryUsage();
  const heap = after.heapUsed - before.heapUsed;
  const buffers = after.arrayBuffers - before.arrayBuffers;
  rows.push({
    group,
    metric: 'retained memory, every shard searched',
    value: mb(heap + buffers),
    unit: 'MB',
    target: large ? { max: RETAINED_TARGET_MB } : undefined,
    note: `heap ${mb(heap).toFixed(1)} MB + array buffers ${mb(buffers).toFixed(1)} MB; ${corpusFile.documents.length} shards, after ${keystrokes().length} keystrokes`,
  });

  // Load: what loading a shard does beyond reading its file, against a bare JSON.parse.
  const texts = readdirSync(indexDir).map((name) => readFileSync(join(indexDir, name), 'utf8'));
  const rounds = large ? 5 : 41;
  const load = interleave(
    rounds,
    () => texts.map(decodeShardText),
    () => texts.map((text) => JSON.parse(text) as unknown),
  );
  rows.push({
    group,
    metric: 'shard load, every shard (median)',
    value: median(load.measured),
    unit: 'ms',
    baseline: { label: 'JSON.parse of the same bytes', value: median(load.baseline) },
    target: { max: LOAD_RATIO_TARGET * median(load.baseline) },
    note: `${texts.length} shards, ${mb(texts.reduce((sum, text) => sum + text.length, 0)).toFixed(1)} MB; target ${LOAD_RATIO_TARGET}× JSON.parse`,
  });
  log('engine: building Lunr’s own indexes of the same documents, for its load time …');
  const lunrTexts = corpusFile.documents.map((document) => JSON.stringify(buildSearchIndex(document)));
  const lunrLoad = interleave(
    large ? 3 : 21,
    () => lunrTexts.map((text) => lunr.Index.load(JSON.parse(text) as object)),
    () => lunrTexts.map((text) => JSON.parse(text) as unknown),
  );
  rows.push({
    group,
    metric: 'for scale: Lunr’s own JSON.parse + Index.load (median)',
    value: median(lunrLoad.measured),
    unit: 'ms',
    baseline: { label: 'JSON.parse of its bytes', value: median(lunrLoad.baseline) },
    note: `${mb(lunrTexts.reduce((sum, text) => sum + text.length, 0)).toFixed(1)} MB of Lunr JSON`,
  });

  // Keystrokes, warm: ours and MiniSearch's, interleaved query by query.
  const search = services.search;
  const miniSearch = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  miniSearch.addAll(
    corpusFile.documents.flatMap((document) =>
      document.sections.flatMap((section) =>
        section.paragraphs.map((paragraph) => ({
          id: `${document.id}/${section.id}/${paragraph.id}`,
          text: [section.title, paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n'),
        })),
      ),
    ),
  );
  for (const [label, queries, fuzzy] of [
    ['keystrokes', READER_QUERIES, false],
    ['misspelt keystrokes (fuzzy)', MISSPELT_QUERIES, true],
  ] as const) {
    const typed = keystrokes(queries);
    for (const query of typed) search.search(query); // warm: every posting these need is decoded
    const ours: number[] = [];
    const theirs: number[] = [];
    const mini = (query: string) =>
      miniSearch.search(query, { prefix: true, fuzzy: fuzzy ? 0.2 : false, combineWith: 'AND' });
    for (const query of typed) mini(query);
    for (let round = 0; round < (large ? 2 : 5); round++)
      for (const query of typed) {
        ours.push(time(() => search.search(query)));
        theirs.push(time(() => mini(query)));
      }
    rows.push({
      group,
      metric: `warm ${label} p95`,
      value: percentile(ours, 95),
      unit: 'ms',
      baseline: { label: 'MiniSearch p95', value: percentile(theirs, 95) },
      note: `p50 ${percentile(ours, 50).toFixed(2)} ms vs ${percentile(theirs, 50).toFixed(2)} ms; max ${Math.max(...ours).toFixed(1)} ms; ${typed.length} keystrokes`,
    });
  }

  // Worst single calls: the first (postings decoded then) and the slowest of a few.
  for (const [label, query] of [
    ['a*', 'a*'],
    ['x~2', 'x~2'],
    ['unknown word', 'qwertzuiopas'],
    ['32 clauses', THIRTY_TWO_WORDS],
    ['32 clauses, all misspelt', THIRTY_TWO_MISSPELT],
  ] as const) {
    const calls = Array.from({ length: 5 }, () => timeWithCpu(() => search.search(query)));
    const times = calls.map((call) => call.wall);
    const answer = search.search(query);
    rows.push({
      group,
      metric: `worst call: ${label}`,
      value: Math.max(...times),
      unit: 'ms',
      target: large ? { max: WORST_QUERY_TARGET_MS } : undefined,
      note: `first ${times[0]!.toFixed(1)} ms, median ${median(times).toFixed(1)} ms, processor time max ${Math.max(...calls.map((call) => call.cpu)).toFixed(1)} ms; ${answer.ok ? `${answer.value.total} passages${answer.value.notice ? `; “${answer.value.notice.slice(0, 50)}…”` : ''}${answer.value.notice?.includes('took too long') ? ' (cut by the time budget)' : ''}` : answer.error.message}`,
    });
  }
  return rows;
}
