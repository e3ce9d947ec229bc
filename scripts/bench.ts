/**
 * `npm run bench` (after `npm run build`): runs the benchmark modules and prints one table, each
 * figure next to a baseline measured in the same run (these machines are noisy: read the ratios).
 *
 *   npm run bench [-- --only search,keystroke,engine,export,host] [--markdown]
 *   READER_BENCH_UDHR=1 npm run bench -- --only engine   (adds the 532-language library: see side-by-side-bench.ts)
 *
 * To add a module: write scripts/bench/NAME-bench.ts exporting an async function that returns
 * `BenchRow[]` (scripts/bench/bench-types.ts), and add ONE line to MODULES below.
 * Exit code 1 when a row misses its target.
 */
import { parseArgs } from 'node:util';
import type { BenchRow } from './bench/bench-types';

type Log = (message: string) => void;

/** Every benchmark module, one line each, run in this order. */
const MODULES: Record<string, (log: Log) => Promise<BenchRow[]>> = {
  search: (log) => import('./bench/search-bench').then((module) => module.searchBench(log)),
  keystroke: (log) => import('./bench/keystroke-bench').then((module) => module.keystrokeBench(log)),
  engine: (log) => import('./bench/side-by-side-bench').then((module) => module.sideBySideBench(log)),
  export: (log) => import('./bench/export-bench').then((module) => module.exportBench(log)),
  host: (log) => import('./bench/host-bench').then((module) => module.hostBench(log)),
};

const HEADERS = [
  'Group',
  'Measure',
  'Value',
  'Baseline (same run)',
  'Ratio',
  'Target',
  '',
  'Others (same run): value ÷ theirs',
];

/** Formats a number for the table: more digits when it is small. */
function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

/** One table line per row: value, baseline, ratio, target and whether it is met. */
function tableCells(row: BenchRow): string[] {
  const ratio = row.baseline && row.baseline.value > 0 ? `${(row.value / row.baseline.value).toFixed(2)}×` : '';
  const baseline = row.baseline ? `${format(row.baseline.value, row.unit)} ${row.baseline.label}` : '';
  const target = row.target ? `< ${format(row.target.max, row.unit)}` : '';
  const verdict = row.target ? (row.value <= row.target.max ? 'ok' : 'MISSED') : '';
  const peers = (row.peers ?? [])
    .map(
      (peer) =>
        `${peer.label}: ${format(peer.value, row.unit)}${peer.value > 0 ? ` (${(row.value / peer.value).toFixed(2)}×)` : ''}`,
    )
    .join('; ');
  return [
    row.group,
    row.note ? `${row.metric} (${row.note})` : row.metric,
    format(row.value, row.unit),
    baseline,
    ratio,
    target,
    verdict,
    peers,
  ];
}

function printText(rows: BenchRow[]): void {
  const lines = [HEADERS, ...rows.map(tableCells)];
  const widths = HEADERS.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  console.log(render(HEADERS));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines.slice(1)) console.log(render(line));
}

function printMarkdown(rows: BenchRow[]): void {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  console.log(`| ${HEADERS.map(escape).join(' | ')} |`);
  console.log(`|${HEADERS.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${tableCells(row).map(escape).join(' | ')} |`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, markdown: { type: 'boolean', default: false } },
  });
  const wanted = values.only ? values.only.split(',').map((name) => name.trim()) : Object.keys(MODULES);
  const unknown = wanted.filter((name) => !(name in MODULES));
  if (unknown.length > 0) {
    console.error(`bench: unknown module(s) ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`);
    return 2;
  }
  const log: Log = (message) => console.error(`bench: ${message}`);
  const rows: BenchRow[] = [];
  for (const name of wanted) rows.push(...(await MODULES[name]!(log)));
  if (values.markdown) printMarkdown(rows);
  else printText(rows);
  const missed = rows.filter((row) => row.target && row.value > row.target.max);
  if (missed.length > 0) console.error(`bench: ${missed.length} target(s) missed`);
  return missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
