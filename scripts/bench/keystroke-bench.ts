/**
 * Keystroke-to-results in the renderer: the BUILT renderer in the system Chromium, over the real
 * preload and handlers (the e2e harness in test/support), typed one key at a time. The renderer
 * marks each keystroke and measures when its results are in the DOM (features/search/
 * keystroke-timing.ts). Baseline: the same search requests made from the same page without
 * rendering (transport + main), so the ratio is what the renderer adds. The harness's transport
 * (a Playwright binding over the DevTools protocol) is much slower than Electron's IPC; the bare
 * round trip of an empty request is noted for scale.
 */
import type { Browser, Page } from 'playwright-core';
import { SEARCH_RESULTS_MEASURE as RESULTS_MEASURE } from '../../src/shared/search-timing';
import { launchChromium, openReaderPage } from '../../test/support/reader-page';
import { openTestReader } from '../../test/support/reader-services';
import type { BenchModule, BenchRow } from './bench-types';
import { bundledCorpus, generatedLibrary, type BenchCorpus } from './corpora';
import { percentile } from './stats';

/** Typed key by key in each corpus (none of their prefixes is a query with nothing to search). */
const TYPED = [
  'special rapporteur',
  'human rights council',
  'UPR',
  'constrctive',
  'Millennium Development Goals',
  'states’ policies',
];
const ROUND_TRIPS = 100;

/** Runs the keystroke benchmark on both corpora, in one Chromium. */
export const keystrokeBench: BenchModule = async (log) => {
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const corpus of [bundledCorpus(), generatedLibrary(log)]) {
      log(`keystrokes: ${corpus.name} …`);
      rows.push(...(await measureCorpus(corpus, browser)));
    }
  } finally {
    await browser.close();
  }
  return rows;
};

async function measureCorpus(corpus: BenchCorpus, browser: Browser): Promise<BenchRow[]> {
  const reader = await openReaderPage(browser, { reader: openTestReader(corpus.corpusDir) });
  try {
    const { page } = reader;
    await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
    const roundTrips = await page.evaluate(async (count) => {
      const api = (window as unknown as { reader: { getStatus: (request: undefined) => Promise<unknown> } }).reader;
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await api.getStatus(undefined);
        times.push(performance.now() - start);
      }
      return times;
    }, ROUND_TRIPS);

    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    const keystrokes: number[] = [];
    const requests: number[] = [];
    for (const query of TYPED) {
      await box.click();
      for (let i = 0; i < query.length; i++) {
        const text = query.slice(0, i + 1);
        const before = await measureCount(page);
        await page.keyboard.type(query[i]!);
        keystrokes.push(await resultsTime(page, before, text));
        requests.push(await requestTime(page, text));
      }
      await page.keyboard.press('Escape');
    }
    const group = `renderer · ${corpus.name}`;
    const baseline = (p: number) => ({ label: `same requests, not rendered, p${p}`, value: percentile(requests, p) });
    return [
      {
        group,
        metric: 'keystroke → results p50',
        value: percentile(keystrokes, 50),
        unit: 'ms',
        baseline: baseline(50),
        note: `${keystrokes.length} keystrokes, Chromium ${browser.version()}; empty round trip p50 ${percentile(roundTrips, 50).toFixed(1)} ms`,
      },
      {
        group,
        metric: 'keystroke → results p95',
        value: percentile(keystrokes, 95),
        unit: 'ms',
        baseline: baseline(95),
        note: `max ${Math.max(...keystrokes).toFixed(1)} ms; empty round trip p95 ${percentile(roundTrips, 95).toFixed(1)} ms`,
      },
    ];
  } finally {
    await reader.close();
  }
}

/** Time of one search request from the page, answer received but not rendered. */
function requestTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (text) => {
    const api = (window as unknown as { reader: { search: (request: { query: string }) => Promise<unknown> } }).reader;
    const start = performance.now();
    await api.search({ query: text });
    return performance.now() - start;
  }, query);
}

function measureCount(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, RESULTS_MEASURE);
}

/** Waits for the results of `query` to be rendered after the keystroke; returns the measured time. */
async function resultsTime(page: Page, before: number, query: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([name, count, text]) => {
      const entries = performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
      const last = entries[entries.length - 1];
      return entries.length > count && last && (last.detail as { query?: string } | null)?.query === text
        ? last.duration
        : false;
    },
    [RESULTS_MEASURE, before, query] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}
