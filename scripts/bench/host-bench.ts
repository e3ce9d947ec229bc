/**
 * The search host benchmark: how long main's event loop waits (`perf_hooks.monitorEventLoopDelay`
 * in the process that owns IPC, as main does in the app) while a reader types searches and exports
 * PDFs, with the library answered by the search host in its own process (the built
 * out/main/search-host.js, started with child_process.fork as the tests do) against the same
 * library answered in main's own process. Also: how long main is blocked while the library loads.
 *
 *   npm run bench -- --only host
 */
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import type { ReaderServices } from '../../src/main/ipc/handler-types';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../src/main/ipc/reader-handlers';
import { corpusThrough } from '../../src/main/library/corpus-documents';
import { loadReaderServices } from '../../src/main/library/load-library';
import { HostClient } from '../../src/main/search-host/host-client';
import { nodeHostSpawner } from '../../src/main/search-host/node-host-spawner';
import { createChromiumPdfRenderer } from '../chromium-pdf-renderer';
import { launchChromium } from '../system-chromium';
import type { BenchModule, BenchRow } from './bench-types';
import { bundledCorpus, generatedLibrary, type BenchCorpus } from './corpora';
import { HOST_ENTRY } from './host-startup';
import { keystrokes } from './reader-queries';

/** Main's event-loop delay budget while the reader types: one frame. */
const DELAY_P99_TARGET_MS = 16;
/** A fast typist: one keystroke every this many milliseconds (each one a search, none awaited). */
const KEYSTROKE_INTERVAL_MS = 25;
/** One export of a section every this many keystrokes. */
const KEYSTROKES_PER_EXPORT = 40;
const SENDER = { webContentsId: 0, frameUrl: 'bench:', isTopFrame: true };

/** What one run measured: main's event-loop delay, and the keystrokes' answers. */
interface TypingRun {
  p99: number;
  max: number;
  answered: number;
  superseded: number;
  exports: number;
}

/** Runs the host benchmark on both corpora. */
export const hostBench: BenchModule = async (log) => {
  if (!existsSync(HOST_ENTRY)) throw new Error(`${HOST_ENTRY} is missing: run "npm run build" first.`);
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const corpus of [bundledCorpus(), generatedLibrary(log)]) {
      log(`host: ${corpus.name} …`);
      rows.push(...(await measureCorpus(corpus, browser)));
    }
  } finally {
    await browser.close();
  }
  return rows;
};

async function measureCorpus(corpus: BenchCorpus, browser: Browser): Promise<BenchRow[]> {
  const group = `host · ${corpus.name}`;
  const folder = mkdtempSync(join(tmpdir(), 'reader-host-bench-'));
  const renderer = createChromiumPdfRenderer(browser);
  let file = 0;
  const exporter: ReaderServices['exporter'] = {
    renderer,
    printer: null,
    savePath: { chooseSavePath: async () => join(folder, `${++file}.pdf`) },
  };
  try {
    // In-process: main loads the library itself (blocked meanwhile) and answers every search in its own loop.
    const loadDelay = startDelayMonitor();
    const started = performance.now();
    const services = loadReaderServices(corpus.corpusDir);
    const inProcessLoad = performance.now() - started;
    loadDelay.disable();
    const inProcessDispatch = createDispatcher(createReaderHandlers({ ...services, exporter }), () => true);
    const inProcessTyping = await typeAndExport(inProcessDispatch, false);
    const inProcess = await typeAndExport(inProcessDispatch);

    // Hosted: main starts the host and goes on; the host loads and searches in its own process.
    const hostLoad = startDelayMonitor();
    const hostStarted = performance.now();
    let readyAfter = 0;
    const client = new HostClient(nodeHostSpawner(HOST_ENTRY), {
      corpusDir: corpus.corpusDir,
      expected: null,
      onReady: () => {
        readyAfter = performance.now() - hostStarted;
      },
    }).start();
    await client.ask('app:status', undefined);
    hostLoad.disable();
    const hostedDispatch = createDispatcher(
      createReaderHandlers({ library: client, corpus: corpusThrough(client), exporter }),
      () => true,
    );
    const hostedTyping = await typeAndExport(hostedDispatch, false);
    const hosted = await typeAndExport(hostedDispatch);
    client.stop();

    const ms = (histogram: IntervalHistogram) => histogram.max / 1e6;
    const typed = `${inProcess.answered + inProcess.superseded} keystrokes every ${KEYSTROKE_INTERVAL_MS} ms, ${hosted.exports} section exports`;
    return [
      {
        group,
        metric: 'main event-loop delay p99 while typing, via host',
        value: hostedTyping.p99,
        unit: 'ms',
        baseline: { label: 'library in main', value: inProcessTyping.p99 },
        target: { max: DELAY_P99_TARGET_MS },
        note: `${hostedTyping.superseded} searches superseded`,
      },
      {
        group,
        metric: 'main event-loop delay max while typing, via host',
        value: hostedTyping.max,
        unit: 'ms',
        baseline: { label: 'library in main', value: inProcessTyping.max },
      },
      {
        group,
        metric: 'main event-loop delay p99 while typing and exporting, via host',
        value: hosted.p99,
        unit: 'ms',
        baseline: { label: 'library in main', value: inProcess.p99 },
        target: { max: DELAY_P99_TARGET_MS },
        note: `${typed}; ${hosted.superseded} searches superseded`,
      },
      {
        group,
        metric: 'main event-loop delay max while typing and exporting, via host',
        value: hosted.max,
        unit: 'ms',
        baseline: { label: 'library in main', value: inProcess.max },
      },
      {
        group,
        metric: 'main blocked while the library loads, via host (delay max)',
        value: ms(hostLoad),
        unit: 'ms',
        baseline: { label: 'load in main', value: Math.max(inProcessLoad, ms(loadDelay)) },
        note: `host ready after ${readyAfter.toFixed(0)} ms`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function startDelayMonitor(): IntervalHistogram {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  return histogram;
}

/**
 * Types every keystroke of the reader queries, one each KEYSTROKE_INTERVAL_MS without waiting for
 * answers (as the renderer does), exporting a section now and then, while main's loop is watched.
 */
async function typeAndExport(dispatch: Dispatch, exporting = true): Promise<TypingRun> {
  const documents = await dispatch(SENDER, 'corpus:documents', undefined);
  if (!documents.ok) throw new Error(documents.error.message);
  const documentId = (documents.value as { id: string }[])[0]!.id;
  const toc = await dispatch(SENDER, 'corpus:toc', { documentId });
  if (!toc.ok) throw new Error(toc.error.message);
  const sectionIds = (toc.value as { sections: { id: string }[] }).sections.map((section) => section.id);
  const run: TypingRun = { p99: 0, max: 0, answered: 0, superseded: 0, exports: 0 };
  const waiting: Promise<unknown>[] = [];
  const histogram = startDelayMonitor();
  const typed = keystrokes();
  for (const [index, text] of typed.entries()) {
    waiting.push(
      dispatch(SENDER, 'search:query', { query: text }).then((result) => {
        // A keystroke with nothing to look for yet (a lone quote) is answered `bad-query`: an answer too.
        if (result.ok || result.error.code === 'bad-query') run.answered++;
        else if (result.error.code === 'superseded') run.superseded++;
        else throw new Error(`search '${text}': ${result.error.message}`);
      }),
    );
    if (exporting && index % KEYSTROKES_PER_EXPORT === KEYSTROKES_PER_EXPORT - 1) {
      const sectionId = sectionIds[run.exports % sectionIds.length]!;
      run.exports++;
      waiting.push(
        dispatch(SENDER, 'export:pdf', {
          documentId,
          sectionIds: [sectionId],
          options: { paper: 'A4', tableOfContents: false, paragraphNumbers: true },
        }).then((result) => {
          if (!result.ok && result.error.code !== 'busy') throw new Error(`export: ${result.error.message}`);
        }),
      );
    }
    await new Promise((done) => setTimeout(done, KEYSTROKE_INTERVAL_MS));
  }
  await Promise.all(waiting);
  histogram.disable();
  run.p99 = histogram.percentile(99) / 1e6;
  run.max = histogram.max / 1e6;
  return run;
}
