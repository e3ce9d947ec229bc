/**
 * Accessibility check for end-to-end tests: runs axe-core on the page (or a part of it) and fails
 * with a readable list of violations. Needs a page from `browser.newContext()` (reader-page.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Options: `include` limits the scan to a selector (e.g. a dialog); `label` names the view in the failure message. */
export interface AxeCheckOptions {
  include?: string;
  label?: string;
}

/** Asserts that axe finds no violation (WCAG 2.x A/AA and best practices) in the page as it is now. */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  const described = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
  expect(described, `axe violations in ${options.label ?? page.url()}`).toEqual([]);
  // A scan that checked nothing would pass vacuously.
  expect(results.passes.length).toBeGreaterThan(0);
}
