/**
 * The decision of `npm run scan`, apart from running the scanner: which findings are allowed by the
 * reviewed allow-list, which block, and which allow-list entries have gone stale.
 */
import { z } from 'zod';

/** Severities that fail the scan unless allow-listed. */
export const BLOCKING_SEVERITIES = new Set(['MEDIUM', 'HIGH']);

/**
 * Checks of a window's own options. They are never allow-listed: every `new BrowserWindow` writes its
 * options as an object literal the scanner reads (src/main/electron/window-options.ts), so a finding
 * of these is a real weakening, to be fixed.
 */
export const WINDOW_OPTION_CHECKS = [
  'AFFINITY_JS_CHECK',
  'AUXCLICK_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
] as const;

/** The shape of security/electronegativity-allowlist.json. */
export const allowlistSchema = z.strictObject({
  $comment: z.string().optional(),
  findings: z.array(
    z.strictObject({
      check: z
        .string()
        .regex(/^[A-Z0-9_]+$/)
        .refine(
          (check) => !(WINDOW_OPTION_CHECKS as readonly string[]).includes(check),
          'window options are never allow-listed: write them where the scanner reads them',
        ),
      file: z.string().min(1),
      sample: z.string().optional(),
      reason: z.string().min(40, 'give the reason, and the test that proves it'),
    }),
  ),
  excludedChecks: z.array(z.strictObject({ check: z.string().regex(/^[A-Za-z0-9]+$/), reason: z.string().min(40) })),
});

/** A reviewed allow-list. */
export type Allowlist = z.infer<typeof allowlistSchema>;

/** A finding, as far as the decision needs it. */
export interface Finding {
  check: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  sample: string;
}

/** What the scan decided about one finding. */
export interface Verdict {
  finding: Finding;
  status: 'allowed' | 'below threshold' | 'NOT ALLOWED';
}

/** Judges every finding; `problems` is empty when the scan passes. */
export function judgeFindings(findings: Finding[], allowlist: Allowlist): { verdicts: Verdict[]; problems: string[] } {
  const used = new Set<number>();
  const verdicts: Verdict[] = findings.map((finding) => {
    const entry = allowlist.findings.findIndex(
      (allowed) =>
        allowed.check === finding.check &&
        allowed.file === finding.file &&
        (allowed.sample === undefined || allowed.sample === finding.sample),
    );
    if (entry >= 0) used.add(entry);
    const status =
      entry >= 0 ? 'allowed' : BLOCKING_SEVERITIES.has(finding.severity) ? 'NOT ALLOWED' : 'below threshold';
    return { finding, status };
  });
  const problems = verdicts
    .filter(({ status }) => status === 'NOT ALLOWED')
    .map(
      ({ finding }) =>
        `${finding.severity} ${finding.check} at ${finding.file}:${finding.line}:${finding.column}: fix it, or allow-list it with the reason it is safe`,
    );
  allowlist.findings.forEach((entry, index) => {
    if (!used.has(index))
      problems.push(`allow-list entry ${entry.check} in ${entry.file} matches no finding: remove it`);
  });
  return { verdicts, problems };
}
