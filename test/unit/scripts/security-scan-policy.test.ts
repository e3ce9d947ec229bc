import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowlistSchema,
  judgeFindings,
  WINDOW_OPTION_CHECKS,
  type Allowlist,
  type Finding,
} from '../../../scripts/security-scan-policy';
import { ROOT } from '../../support/paths';

const windowSite: Omit<Finding, 'check' | 'severity'> = {
  file: 'src/main/index.ts',
  line: 28,
  column: 17,
  sample: 'const window = new BrowserWindow(',
};
const allowlist: Allowlist = {
  findings: [
    {
      check: 'SANDBOX_JS_CHECK',
      file: 'src/main/index.ts',
      sample: 'const window = new BrowserWindow(',
      reason: 'x'.repeat(40),
    },
  ],
  excludedChecks: [],
};
// (The decision itself is tested with a window-option entry; the reviewed file may hold none, see below.)

describe('the security scan decision', () => {
  it('passes allow-listed findings and anything below MEDIUM', () => {
    const { verdicts, problems } = judgeFindings(
      [
        { ...windowSite, check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' },
        { ...windowSite, file: 'src/renderer/index.html', check: 'CSP_GLOBAL_CHECK', severity: 'LOW' },
      ],
      allowlist,
    );
    expect(verdicts.map(({ status }) => status)).toEqual(['allowed', 'below threshold']);
    expect(problems).toEqual([]);
  });

  it('fails on a MEDIUM or HIGH finding that is not listed, or listed for another file or line', () => {
    const { problems } = judgeFindings(
      [
        { ...windowSite, check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' },
        { ...windowSite, check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' },
        { ...windowSite, check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', file: 'src/main/about-window.ts' },
        { ...windowSite, check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', sample: 'const about = new BrowserWindow({' },
      ],
      allowlist,
    );
    expect(problems).toEqual([
      'HIGH CONTEXT_ISOLATION_JS_CHECK at src/main/index.ts:28:17: fix it, or allow-list it with the reason it is safe',
      'MEDIUM SANDBOX_JS_CHECK at src/main/about-window.ts:28:17: fix it, or allow-list it with the reason it is safe',
      'MEDIUM SANDBOX_JS_CHECK at src/main/index.ts:28:17: fix it, or allow-list it with the reason it is safe',
    ]);
  });

  it('fails on an allow-list entry that matches nothing any more', () => {
    expect(judgeFindings([], allowlist).problems).toEqual([
      'allow-list entry SANDBOX_JS_CHECK in src/main/index.ts matches no finding: remove it',
    ]);
  });

  it('reads the reviewed allow-list: every entry has a reason, and none is a window option', () => {
    const parsed = allowlistSchema.safeParse(
      JSON.parse(readFileSync(join(ROOT, 'security', 'electronegativity-allowlist.json'), 'utf8')),
    );
    // The schema refuses every check of WINDOW_OPTION_CHECKS, so the reviewed file holds none.
    expect(parsed.success).toBe(true);
    expect(WINDOW_OPTION_CHECKS).toContain('CONTEXT_ISOLATION_JS_CHECK');
    const windowOption = allowlistSchema.safeParse({
      findings: [{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src/main/index.ts', reason: 'x'.repeat(40) }],
      excludedChecks: [],
    });
    expect(windowOption.success).toBe(false);
    expect(windowOption.error!.issues[0]!.message).toMatch(/window options are never allow-listed/);
    expect(
      allowlistSchema.safeParse({
        findings: [{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason: 'fine' }],
        excludedChecks: [],
      }).success,
    ).toBe(false);
  });
});
