/**
 * Export benchmark: how long the app takes to export one section, and the whole document, to a
 * saved PDF, through the real `export:pdf` handler (compose, render, count pages, write atomically),
 * rendered by the system Chromium. Machines are noisy, so every figure is the median of several
 * runs and is also given as a ratio to a baseline measured in the same run: rendering a trivial page
 * to PDF with the same renderer and print options (the fixed cost of any printout).
 *
 *   npx tsx scripts/bench/export-bench.ts [runs]     (needs a built corpus: npm run corpus)
 */
import type { BenchModule } from './bench-types';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportOptions, SavedExport } from '../../src/shared/contract';
import { createDispatcher } from '../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../src/main/ipc/reader-handlers';
import { loadReaderServices } from '../../src/main/library/load-library';
import { printSettingsFor } from '../../src/main/export/print-settings';
import { createChromiumPdfRenderer } from '../chromium-pdf-renderer';
import { CORPUS_DIR } from '../corpus-files';
import { launchChromium } from '../system-chromium';

/** One line of the benchmark's output. */
export interface ExportBenchRow {
  name: string;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  /** Median of the baseline (a trivial page to PDF) in the same run. */
  baselineMs: number;
  /** medianMs / baselineMs. */
  ratio: number;
  pages: number;
  /** The budget the measure is held to (README, "Performance"), if any. */
  target: string;
}

const SENDER = { webContentsId: 0, frameUrl: 'bench:', isTopFrame: true };
const TRIVIAL_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><p>Baseline.</p></body></html>';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/** Measures PDF export (one section, the whole document) against the trivial-page baseline; `runs` runs each, after one warm-up. */
export async function runExportBench(runs = 7, corpusDir = CORPUS_DIR): Promise<ExportBenchRow[]> {
  const services = loadReaderServices(corpusDir);
  const document = services.store.getDocument(services.store.listDocuments()[0]!.id)!;
  const longest = [...document.sections].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
  const folder = mkdtempSync(join(tmpdir(), 'export-bench-'));
  const browser = await launchChromium();
  try {
    const renderer = createChromiumPdfRenderer(browser);
    let file = 0;
    const dispatch = createDispatcher(
      createReaderHandlers({
        ...services,
        exporter: { renderer, printer: null, savePath: { chooseSavePath: async () => join(folder, `${++file}.pdf`) } },
      }),
      () => true,
    );
    const options: ExportOptions = { paper: 'A4', tableOfContents: false, paragraphNumbers: true };
    const baselineOptions = printSettingsFor(options, {
      documentTitle: '',
      issuer: '',
      contentHash: '0'.repeat(64),
      alteredNotice: null,
      exportedAt: new Date(),
    }).pdf;
    const exportPdf = async (sectionIds: string[] | 'all', layout: ExportOptions): Promise<number> => {
      const result = await dispatch(SENDER, 'export:pdf', { documentId: document.id, sectionIds, options: layout });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as SavedExport).pageCount;
    };
    const cases = [
      {
        name: 'baseline: trivial page to PDF',
        target: '',
        run: async () => (await renderer.renderPdf(TRIVIAL_PAGE, baselineOptions), 1),
      },
      {
        name: `export one section (${longest.paragraphs.length} paragraphs)`,
        target: '< 1000 ms',
        run: () => exportPdf([longest.id], options),
      },
      {
        name: `export whole document (${document.sections.length} sections flowing, footers stamped)`,
        target: '',
        run: () => exportPdf('all', options),
      },
      {
        name: 'export whole document with contents (2 renderings + footer stamp)',
        target: '',
        run: () => exportPdf('all', { ...options, tableOfContents: true }),
      },
    ];
    const times = cases.map(() => [] as number[]);
    const pages = cases.map(() => 0);
    for (let round = 0; round <= runs; round++) {
      for (const [index, bench] of cases.entries()) {
        const start = performance.now();
        pages[index] = await bench.run();
        if (round > 0) times[index]!.push(performance.now() - start);
      }
    }
    const baseline = median(times[0]!);
    return cases.map((bench, index) => ({
      name: bench.name,
      medianMs: round(median(times[index]!), 1),
      baselineMs: round(baseline, 1),
      ratio: round(median(times[index]!) / baseline, 2),
      pages: pages[index]!,
      target: bench.target,
    }));
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The export rows for `npm run bench` (scripts/bench.ts): each export against the trivial page. */
export const exportBench: BenchModule = async (log) => {
  log('export: one section and the whole document, 7 runs each …');
  const [baseline, ...rows] = await runExportBench();
  return rows.map((row) => ({
    group: 'export · bundled document',
    metric: `${row.name}, median`,
    value: row.medianMs,
    unit: 'ms',
    baseline: { label: baseline!.name.replace(/^baseline: /, ''), value: row.baselineMs },
    ...(row.target ? { target: { max: 1000 } } : {}),
    note: `${row.pages} pages`,
  }));
};

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 7);
  runExportBench(Number.isInteger(runs) && runs > 0 ? runs : 7).then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(`export bench failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
