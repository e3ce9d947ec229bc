/**
 * The export PDF port on the system Chromium (playwright-core `page.pdf`), for the command-line
 * companion, the end-to-end tests and the benchmark. It renders exactly what the app's Electron
 * adapter renders: the same composed document and the same `PdfPrintOptions` from
 * `printSettingsFor`, only renamed to Playwright's option names. The page runs with JavaScript off,
 * offline, and every request it might make is aborted.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PdfRenderer } from '../src/main/export/export-ports';
import type { PdfPrintOptions } from '../src/main/export/print-settings';
import { launchChromium } from './system-chromium';

/** A PDF renderer that owns (or borrows) a Chromium; `close` ends a browser it launched itself. */
export interface ChromiumPdfRenderer extends PdfRenderer {
  close(): Promise<void>;
}

/** Playwright's names for the shared print options (a rename, no decisions). */
export function toPlaywrightPdfOptions(options: PdfPrintOptions): NonNullable<Parameters<Page['pdf']>[0]> {
  const inches = (value: number): string => `${value}in`;
  return {
    width: inches(options.paperWidthInches),
    height: inches(options.paperHeightInches),
    margin: {
      top: inches(options.margins.top),
      right: inches(options.margins.right),
      bottom: inches(options.margins.bottom),
      left: inches(options.margins.left),
    },
    landscape: options.landscape,
    preferCSSPageSize: options.preferCSSPageSize,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    outline: options.generateDocumentOutline,
    tagged: options.generateTaggedPDF,
  };
}

/**
 * Renders with `browser` when given (left open), else launches the system Chromium on first use
 * (a launch failure becomes the render's error, e.g. "Chromium is not installed"). Renders share one
 * browser context (JavaScript off, offline, every request aborted); each gets a fresh page.
 */
export function createChromiumPdfRenderer(browser?: Browser): ChromiumPdfRenderer {
  let launched: Promise<Browser> | null = null;
  let context: Promise<BrowserContext> | null = null;
  const ready = (): Promise<BrowserContext> => {
    if (!browser) launched ??= launchChromium();
    context ??= (browser ? Promise.resolve(browser) : launched!).then(async (owner) => {
      const created = await owner.newContext({ javaScriptEnabled: false, offline: true });
      await created.route('**/*', (route) => route.abort());
      return created;
    });
    return context;
  };
  return {
    async renderPdf(html, options) {
      const page = await (await ready()).newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(toPlaywrightPdfOptions(options));
      } finally {
        await page.close();
      }
    },
    async close() {
      const open = context;
      context = null;
      const owned = launched;
      launched = null;
      // A failed launch was already reported by the render that needed it.
      await open?.then(
        (created) => created.close(),
        () => undefined,
      );
      await owned?.then(
        (started) => started.close(),
        () => undefined,
      );
    },
  };
}
