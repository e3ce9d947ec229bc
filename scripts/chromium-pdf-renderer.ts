/**
 * The export PDF port on the system Chromium (playwright-core `page.pdf`), for the command-line
 * companion, the end-to-end tests and the benchmark. It renders exactly what the app's Electron
 * adapter renders: the same composed document and the same `PdfPrintOptions` from
 * `printSettingsFor`, only renamed to Playwright's option names. The page runs with JavaScript off,
 * offline, and every request it might make is aborted.
 */
import type { Browser, Page } from 'playwright-core';
import type { PdfRenderer } from '../src/main/services/export/export-ports';
import type { PdfPrintOptions } from '../src/main/services/export/print-settings';
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
 * (a launch failure becomes the render's error, e.g. "Chromium is not installed").
 */
export function createChromiumPdfRenderer(browser?: Browser): ChromiumPdfRenderer {
  let launched: Promise<Browser> | null = null;
  const ready = (): Promise<Browser> => {
    if (browser) return Promise.resolve(browser);
    launched ??= launchChromium();
    return launched;
  };
  return {
    async renderPdf(html, options) {
      const context = await (await ready()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(toPlaywrightPdfOptions(options));
      } finally {
        await context.close();
      }
    },
    async close() {
      if (launched) await (await launched).close();
      launched = null;
    },
  };
}
