/**
 * Our search engine side by side with Lunr's own, MiniSearch and FlexSearch (peer-engines.ts), on
 * the same texts and queries in the same run, for three corpora: the statement alone, the bundled
 * library, and — with READER_BENCH_UDHR set — the statement with the declaration in every language
 * of the `udhr` package (532). Per corpus, each figure of ours with MiniSearch as the baseline and
 * the other peers beside it, as ratios:
 *   - build time (our shards are Lunr's index compacted: Lunr's build is part of ours), index bytes;
 *   - load of every shard ÷ a bare JSON.parse of the same bytes (each peer ÷ its own JSON.parse);
 *   - retained memory once every shard was searched (ours holds the documents' text too);
 *   - first-use (each keystroke searched once after loading; our shards load on first use) and
 *     warm p50/p95/max over every keystroke of the reader's queries; fuzzy p95 over misspelt ones;
 *   - the worst single calls (`a*`, `x~2`, an unknown word, 32 clauses, 32 misspelt ones);
 *   - how soon the statement is searchable after the search host starts (host-startup.ts), and
 *     what a search of the statement costs beside the statement alone.
 * Main's event-loop delay is measured by the host module (host-bench.ts, `--only host`).
 *
 *   npm run bench -- --only engine
 *   READER_BENCH_UDHR=1 npm run bench -- --only engine            # imports and builds in a temp folder
 *   READER_BENCH_UDHR=/tmp/udhr npm run bench -- --only engine    # kept there, reused when fresh
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readCheckedCorpus } from '../../src/main/corpus/corpus-loader';
import { loadReaderServices } from '../../src/main/library/load-library';
import { INDEX_DIR_NAME, readShardFields } from '../../src/main/search/index-loader';
import { parseShardIndex } from '../../src/main/search/shard-format';
import type { ShardIndex } from '../../src/main/search/shard-index';
import type { SearchService } from '../../src/main/search/search-service';
import { Vocabulary } from '../../src/main/search/vocabulary';
import type { CorpusFile } from '../../src/shared/corpus-types';
import { shardFile } from '../corpus-files';
import type { Baseline, BenchModule, BenchRow } from './bench-types';
import { bundledCorpus, statementCorpus, udhrLibrary, type BenchCorpus } from './corpora';
import { bareChildAnswers, statementSearchable } from './host-startup';
import { PEER_ENGINES, type PeerQuery } from './peer-engines';
import { keystrokes, READER_QUERIES } from './reader-queries';
import { interleave, median, percentile, time } from './stats';

/** Worst single query, at library scale. */
const WORST_QUERY_TARGET_MS = 50;
/** A shard's load against a bare JSON.parse of its bytes. */
const LOAD_RATIO_TARGET = 1.5;
/** Retained memory with every shard searched, at library scale. */
const RETAINED_TARGET_MB = 150;
/** The statement searchable this soon after the host process is running. */
const SEARCHABLE_TARGET_MS = 100;
/** The statement's search with the library installed ÷ with the statement alone. */
const STATEMENT_COST_RATIO_TARGET = 1.2;
/** The peer every figure is divided by (the one the issue's targets name). */
const BASELINE_PEER = 'MiniSearch';

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

/** One query as our engine reads it (its own syntax) and as the peers are asked it. */
interface Typed {
  ours: string;
  peer: PeerQuery;
}

/** Whoever answers queries in a comparison: ours or a peer. */
interface Contender {
  name: string;
  search(query: Typed): unknown;
}

const typedAs = (queries: readonly string[], edits: number): Typed[] =>
  keystrokes(queries).map((text) => ({ ours: text, peer: { text, edits } }));

/** The worst single calls: ours in its syntax, the peers' nearest equivalent. */
const WORST_CALLS: readonly [string, Typed][] = [
  ['a*', { ours: 'a*', peer: { text: 'a', edits: 0 } }],
  ['x~2', { ours: 'x~2', peer: { text: 'x', edits: 2 } }],
  ['unknown word', { ours: 'qwertzuiopas', peer: { text: 'qwertzuiopas', edits: 0 } }],
  ['32 clauses', { ours: THIRTY_TWO_WORDS, peer: { text: THIRTY_TWO_WORDS, edits: 0 } }],
  ['32 clauses, all misspelt', { ours: THIRTY_TWO_MISSPELT, peer: { text: THIRTY_TWO_MISSPELT, edits: 1 } }],
];

/** Runs the side-by-side comparison on the statement, the bundled library and (when asked) 532 languages. */
export const sideBySideBench: BenchModule = async (log) => {
  const statement = statementCorpus();
  const corpora = [statement, bundledCorpus()];
  const udhr = process.env.READER_BENCH_UDHR;
  if (udhr) corpora.push(udhrLibrary(udhr, (message) => log(`engine: ${message}`)));
  const statementId = corpusFileOf(statement).documents[0]!.id;
  const statementAlone = loadReaderServices(statement.corpusDir).search;
  const rows: BenchRow[] = [];
  for (const corpus of corpora) {
    log(`engine: ${corpus.name} …`);
    rows.push(...measure(corpus, log));
    rows.push(...(await statementRows(corpus, statementId, statementAlone, corpus === statement)));
  }
  const skipped = udhr ? '' : '; the 532-language library was not measured (set READER_BENCH_UDHR=1 or a folder)';
  if (!udhr) log(`engine: set READER_BENCH_UDHR=1 (or a folder) to measure the 532-language library too`);
  rows.push({
    group: 'side by side',
    metric: 'main’s event-loop delay while a reader types and exports: see the host rows',
    value: Number.NaN,
    unit: 'ms',
    note: `scripts/bench/host-bench.ts, \`--only host\`${skipped}`,
  });
  return rows;
};

/** The corpus of a bench corpus (each document read on first use). */
function corpusFileOf(corpus: BenchCorpus): CorpusFile {
  return readCheckedCorpus(corpus.corpusDir).corpus;
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

/** Bytes of heap and array buffers this process holds. */
function heldBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const mb = (bytes: number) => bytes / 1_048_576;
const plural = (count: number, noun: string) => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

/** A row of ours beside every peer: MiniSearch as the baseline, the others in the peers column. */
function sideBySide(
  group: string,
  metric: string,
  unit: string,
  values: ReadonlyMap<string, number>,
  extra: Partial<BenchRow> = {},
): BenchRow {
  const peer = (name: string): Baseline => ({ label: name, value: values.get(name)! });
  return {
    group,
    metric,
    unit,
    value: values.get('ours')!,
    baseline: peer(BASELINE_PEER),
    peers: PEER_ENGINES.map((engine) => engine.name)
      .filter((name) => name !== BASELINE_PEER)
      .map(peer),
    ...extra,
  };
}

function measure(corpus: BenchCorpus, log: (message: string) => void): BenchRow[] {
  const group = `side by side · ${corpus.name}`;
  const large = corpus.paragraphs > 5_000;
  const rows: BenchRow[] = [];
  const corpusFile = corpusFileOf(corpus);
  const indexDir = join(corpus.corpusDir, INDEX_DIR_NAME);
  const shardTexts = readdirSync(indexDir).map((name) => readFileSync(join(indexDir, name), 'utf8'));
  const sample = `${corpus.sections.toLocaleString('en')} sections, ${corpus.paragraphs.toLocaleString('en')} paragraphs, ${plural(corpusFile.documents.length, 'document')}`;

  // Build: each engine's index of every document, in memory.
  log('engine: building every engine’s index …');
  const build = new Map<string, number>();
  const bytes = new Map<string, number>();
  const texts = new Map<string, string[]>();
  build.set(
    'ours',
    time(() => corpusFile.documents.map((document) => JSON.stringify(shardFile(document, corpusFile.stamp)))),
  );
  bytes.set(
    'ours',
    shardTexts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  );
  for (const engine of PEER_ENGINES) {
    let built: string[] = [];
    build.set(
      engine.name,
      time(() => (built = engine.build(corpusFile))),
    );
    texts.set(engine.name, built);
    bytes.set(
      engine.name,
      built.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    );
  }
  rows.push(
    sideBySide(group, 'build the index (in memory)', 'ms', build, {
      note: `${sample}${corpus.buildSeconds ? `; our whole corpus build, files written, ${corpus.buildSeconds.toFixed(2)} s` : ''}`,
    }),
  );
  rows.push(
    sideBySide(group, 'index bytes', 'MB', new Map([...bytes].map(([name, value]) => [name, mb(value)])), {
      note: `the text itself (every document as JSON) ${mb(Buffer.byteLength(JSON.stringify(corpusFile))).toFixed(2)} MB`,
    }),
  );

  // Load: each engine's index from its text, against a bare JSON.parse of the same bytes.
  const parseAll = (all: readonly string[]) => () => all.map((text) => JSON.parse(text) as unknown);
  const ours = interleave(large ? 5 : 21, () => shardTexts.map(decodeShardText), parseAll(shardTexts));
  const peerLoads = PEER_ENGINES.map((engine) => {
    const own = texts.get(engine.name)!;
    const load = interleave(large ? 2 : 11, () => engine.load(own), parseAll(own));
    return { ...engine, load: median(load.measured), parse: median(load.baseline) };
  });
  rows.push({
    group,
    metric: 'load every shard (median)',
    value: median(ours.measured),
    unit: 'ms',
    baseline: { label: 'JSON.parse of the same bytes', value: median(ours.baseline) },
    target: { max: LOAD_RATIO_TARGET * median(ours.baseline) },
    peers: peerLoads.map((peer) => ({
      label: `${peer.name} (${(peer.load / peer.parse).toFixed(2)}× its JSON.parse)`,
      value: peer.load,
    })),
    note: `${plural(shardTexts.length, 'shard')}; target ${LOAD_RATIO_TARGET}× JSON.parse`,
  });

  // Retained memory and first use: each engine loaded afresh, every keystroke searched once.
  const typed = typedAs(READER_QUERIES, 0);
  const misspelt = typedAs(MISSPELT_QUERIES, 1);
  collectGarbage();
  let before = heldBytes();
  const documents = corpusFileOf(corpus);
  collectGarbage();
  const textBytes = heldBytes() - before;
  let oursLoaded: ReturnType<typeof loadReaderServices> | undefined;
  const contenders: Contender[] = [];
  const retained = new Map<string, number>();
  const firstUse = new Map<string, number[]>();
  const fresh: [string, () => Contender['search']][] = [
    [
      'ours',
      () => {
        const { search } = (oursLoaded = loadReaderServices(corpus.corpusDir));
        return (query) => search.search(query.ours);
      },
    ],
    ...PEER_ENGINES.map((engine): [string, () => Contender['search']] => [
      engine.name,
      () => {
        const index = engine.load(texts.get(engine.name)!);
        return (query) => index.search(query.peer);
      },
    ]),
  ];
  for (const [name, load] of fresh) {
    collectGarbage();
    before = heldBytes();
    const search = load();
    firstUse.set(
      name,
      typed.map((query) => time(() => search(query))),
    );
    for (const query of misspelt) search(query);
    collectGarbage();
    retained.set(name, mb(heldBytes() - before));
    contenders.push({ name, search });
  }
  texts.clear();
  rows.push(
    sideBySide(group, 'retained memory, every shard searched', 'MB', retained, {
      target: large ? { max: RETAINED_TARGET_MB } : undefined,
      note: `ours holds the documents’ text too (${plural(documents.documents.length, 'document')} parsed alone: ${textBytes < 104_858 ? 'under 0.1' : mb(textBytes).toFixed(1)} MB)`,
    }),
  );
  for (const [label, p] of [
    ['p50', 50],
    ['p95', 95],
    ['max', 100],
  ] as const)
    rows.push(
      sideBySide(
        group,
        `first use ${label}: each keystroke searched once after loading`,
        'ms',
        new Map([...firstUse].map(([name, times]) => [name, percentile(times, p)])),
        {
          note:
            label === 'p50'
              ? `${typed.length} keystrokes; our shards load on first use, the peers’ before`
              : label === 'max'
                ? 'our first keystroke loads every shard it searches'
                : undefined,
        },
      ),
    );

  // Warm: every contender asked each keystroke in turn, round after round.
  for (const [label, queries, fuzzy] of [
    ['keystrokes', typed, false],
    ['misspelt keystrokes (fuzzy)', misspelt, true],
  ] as const) {
    const times = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
    for (const contender of contenders) for (const query of queries) contender.search(query);
    for (let round = 0; round < (large ? 2 : 5); round++)
      for (const query of queries)
        for (const contender of contenders) times.get(contender.name)!.push(time(() => contender.search(query)));
    const stats = fuzzy
      ? ([['p95', 95]] as const)
      : ([
          ['p50', 50],
          ['p95', 95],
          ['max', 100],
        ] as const);
    for (const [statLabel, p] of stats)
      rows.push(
        sideBySide(
          group,
          `warm ${label} ${statLabel}`,
          'ms',
          new Map([...times].map(([name, values]) => [name, percentile(values, p)])),
          {
            target: large && statLabel === 'p95' ? { max: percentile(times.get(BASELINE_PEER)!, 95) } : undefined,
            note:
              statLabel === 'p95'
                ? `${queries.length} keystrokes${fuzzy ? '; FlexSearch has no edit distance: asked with `suggest`' : ''}`
                : undefined,
          },
        ),
      );
  }

  // Worst single calls: the slowest of a few of each, the first included.
  const worst = new Map(contenders.map((contender) => [contender.name, 0]));
  for (const [label, query] of WORST_CALLS) {
    const calls = new Map(
      contenders.map((contender) => [
        contender.name,
        Array.from({ length: 5 }, () => time(() => contender.search(query))),
      ]),
    );
    for (const [name, times] of calls) worst.set(name, Math.max(worst.get(name)!, ...times));
    const answer = oursLoaded!.search.search(query.ours);
    rows.push(
      sideBySide(
        group,
        `worst call: ${label}`,
        'ms',
        new Map([...calls].map(([name, times]) => [name, Math.max(...times)])),
        {
          target: large ? { max: WORST_QUERY_TARGET_MS } : undefined,
          note: answer.ok
            ? `${answer.value.total} passages${answer.value.notice?.includes('took too long') ? '; cut by the time budget' : ''}`
            : answer.error.message,
        },
      ),
    );
  }
  rows.push(sideBySide(group, 'worst single call, any of the above', 'ms', worst));
  return rows;
}

/**
 * How soon the statement is searchable after the search host starts (spawn → first answer to a
 * search of the statement, beside a bare Node child's first answer), and what a search of the
 * statement costs in this library beside the statement alone (warm, every keystroke).
 */
async function statementRows(
  corpus: BenchCorpus,
  statementId: string,
  statementAlone: SearchService,
  alone: boolean,
): Promise<BenchRow[]> {
  const group = `side by side · ${corpus.name}`;
  const folder = mkdtempSync(join(tmpdir(), 'reader-bench-child-'));
  const searchable: number[] = [];
  const bare: number[] = [];
  try {
    for (let round = 0; round < 5; round++) {
      searchable.push(await statementSearchable(corpus.corpusDir, statementId));
      bare.push(await bareChildAnswers(folder));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [
    {
      group,
      metric: 'statement searchable after the search host is spawned (median)',
      value: median(searchable),
      unit: 'ms',
      baseline: { label: 'a bare Node child’s first answer', value: median(bare) },
      target: { max: median(bare) + SEARCHABLE_TARGET_MS },
      note: `spawn → answer to a search of the statement, through the Node spawner; max ${Math.max(...searchable).toFixed(0)} ms; target: the bare child + ${SEARCHABLE_TARGET_MS} ms`,
    },
  ];
  if (alone) return rows;
  const { search } = loadReaderServices(corpus.corpusDir);
  const typed = keystrokes();
  const scope = { documentId: statementId };
  for (const query of typed) {
    search.search(query, scope);
    statementAlone.search(query, scope);
  }
  const here: number[] = [];
  const there: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const query of typed) {
      here.push(time(() => search.search(query, scope)));
      there.push(time(() => statementAlone.search(query, scope)));
    }
  rows.push({
    group,
    metric: 'a search of the statement, warm p95',
    value: percentile(here, 95),
    unit: 'ms',
    baseline: { label: 'the statement alone installed', value: percentile(there, 95) },
    target: { max: STATEMENT_COST_RATIO_TARGET * percentile(there, 95) },
    note: `p50 ${percentile(here, 50).toFixed(3)} vs ${percentile(there, 50).toFixed(3)} ms; ${typed.length} keystrokes × 3; target ${STATEMENT_COST_RATIO_TARGET}×`,
  });
  return rows;
}
