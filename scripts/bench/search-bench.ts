/**
 * Search benchmark (main side), on the bundled document and on a generated library of 10,000
 * sections, each figure next to a baseline measured in the same run:
 *   - index load (parse + check + decode) vs `JSON.parse` of the same bytes;
 *   - full startup (corpus + index + services) vs `JSON.parse` of both files;
 *   - query p50/p95 over every keystroke of realistic queries vs a linear substring scan of the
 *     same texts (which neither stems, ranks, nor cuts snippets: a floor, not a rival).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE_NAME, DOCUMENTS_DIR_NAME, readCheckedCorpus } from '../../src/main/corpus/corpus-loader';
import { INDEX_DIR_NAME } from '../../src/main/search/index-loader';
import { loadReaderServices } from '../../src/main/library/load-library';
import type { CorpusFile } from '../../src/shared/corpus-types';
import type { BenchModule, BenchRow } from './bench-types';
import { bundledCorpus, generatedLibrary, type BenchCorpus } from './corpora';
import { decodeShardText } from './side-by-side-bench';
import { keystrokes, scanWords } from './reader-queries';
import { interleave, median, percentile, time, timeWithCpu } from './stats';

/** Query budget: one frame. */
const QUERY_P95_TARGET_MS = 16;

/** Runs the search benchmark on both corpora. */
export const searchBench: BenchModule = async (log) => {
  const rows: BenchRow[] = [];
  for (const corpus of [bundledCorpus(), generatedLibrary(log)]) {
    log(`search: ${corpus.name} …`);
    rows.push(...measureCorpus(corpus));
  }
  return rows;
};

function measureCorpus(corpus: BenchCorpus): BenchRow[] {
  const group = `search · ${corpus.name}`;
  const large = corpus.paragraphs > 1000;
  const indexDir = join(corpus.corpusDir, INDEX_DIR_NAME);
  const shardPaths = readdirSync(indexDir).map((name) => join(indexDir, name));
  const documentsDir = join(corpus.corpusDir, DOCUMENTS_DIR_NAME);
  const textBytes = readdirSync(documentsDir).reduce((sum, name) => sum + statSync(join(documentsDir, name)).size, 0);
  const catalogText = readFileSync(join(corpus.corpusDir, CORPUS_FILE_NAME), 'utf8');
  const shardTexts = shardPaths.map((path) => readFileSync(path, 'utf8'));
  const rows: BenchRow[] = [];
  const mb = (bytes: number) => bytes / 1_048_576;

  rows.push({
    group,
    metric: 'index files size (every shard)',
    value: mb(shardPaths.reduce((sum, path) => sum + statSync(path).size, 0)),
    unit: 'MB',
    baseline: { label: 'documents/*.json (the text itself)', value: mb(textBytes) },
    note: `${corpus.sections.toLocaleString('en')} sections, ${corpus.paragraphs.toLocaleString('en')} paragraphs${corpus.buildSeconds ? `; corpus + index built in ${corpus.buildSeconds.toFixed(1)} s` : ''}`,
  });

  // Index load: what main does with every shard, against merely parsing their bytes.
  const load = interleave(
    large ? 7 : 101,
    () => shardTexts.map(decodeShardText),
    () => shardTexts.map((text) => JSON.parse(text) as unknown),
  );
  rows.push({
    group,
    metric: 'index load (median)',
    value: median(load.measured),
    unit: 'ms',
    baseline: { label: 'JSON.parse of the same bytes', value: median(load.baseline) },
  });

  // Startup: everything main loads before it can answer.
  const startup = interleave(
    large ? 3 : 31,
    () => loadReaderServices(corpus.corpusDir),
    () => [JSON.parse(catalogText) as unknown, JSON.parse(shardTexts[0]!) as unknown],
  );
  rows.push({
    group,
    metric: 'startup: catalog + first document + first shard + services (median)',
    value: median(startup.measured),
    unit: 'ms',
    baseline: { label: 'JSON.parse of the catalog and first shard', value: median(startup.baseline) },
    note: 'includes schema validation and the content-hash checks (catalog, first document)',
  });

  // Queries: every keystroke of realistic queries, interleaved with a linear scan of the same texts.
  const { search } = loadReaderServices(corpus.corpusDir);
  const passages = loadPassages(readCheckedCorpus(corpus.corpusDir).corpus);
  const workload = keystrokes();
  // The first pass is also measured: the index decodes each (term, field) posting on first use.
  const cold = workload.map((query) => time(() => search.search(query)));
  const engine: number[] = [];
  const engineCpu: number[] = [];
  const scan: number[] = [];
  const rounds = large ? 1 : 10; // one round of ~370 keystrokes is enough on the large library
  for (let round = 0; round < rounds; round++) {
    for (const query of workload) {
      const measured = timeWithCpu(() => search.search(query));
      engine.push(measured.wall);
      engineCpu.push(measured.cpu);
      scan.push(time(() => linearScan(passages, query)));
    }
  }
  const sample = `${workload.length} keystrokes of 25 queries × ${rounds}`;
  rows.push({
    group,
    metric: 'query p50',
    value: percentile(engine, 50),
    unit: 'ms',
    baseline: { label: 'linear scan p50', value: percentile(scan, 50) },
    note: sample,
  });
  rows.push({
    group,
    metric: 'query p95',
    value: percentile(engine, 95),
    unit: 'ms',
    baseline: { label: 'linear scan p95', value: percentile(scan, 95) },
    target: { max: QUERY_P95_TARGET_MS },
    note: `CPU time p95 ${percentile(engineCpu, 95).toFixed(2)} ms; max ${Math.max(...engine).toFixed(1)} ms`,
  });
  rows.push({
    group,
    metric: 'query p95, first time each keystroke is searched after startup',
    value: percentile(cold, 95),
    unit: 'ms',
    baseline: { label: 'linear scan p95', value: percentile(scan, 95) },
    note: `postings decoded on first use; max ${Math.max(...cold).toFixed(1)} ms`,
  });
  return rows;
}

/** Every paragraph with its list items, lower-cased once (as a scan would keep them). */
function loadPassages(corpus: CorpusFile): string[] {
  return corpus.documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.paragraphs.map((paragraph) =>
        [paragraph.text, ...paragraph.items.map((item) => item.text)].join('\n').toLowerCase(),
      ),
    ),
  );
}

/** The baseline: passages holding every word of the query as a substring. */
function linearScan(passages: readonly string[], query: string): number {
  const words = scanWords(query);
  let found = 0;
  for (const passage of passages) if (words.every((word) => passage.includes(word))) found++;
  return found;
}
