/**
 * `npm run scan`: Electron's static security scanner, electronegativity (a pinned devDependency, run
 * from node_modules), over the whole project, offline. Fails on any MEDIUM or HIGH finding that the
 * reviewed allow-list (security/electronegativity-allowlist.json) does not list with a reason, on an
 * allow-list entry that no longer matches anything, and on a file the scanner could not parse.
 *
 * Uses the scanner's documented programmatic API rather than its CSV file: the CLI writes the CSV
 * header and rows with two unordered asynchronous writes, and it exits 0 when a file cannot be parsed.
 */
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const PROJECT_ROOT = resolve(__dirname, '..');
const ALLOWLIST_FILE = join(PROJECT_ROOT, 'security', 'electronegativity-allowlist.json');
/** Severities that fail the scan unless allow-listed. */
const BLOCKING = new Set(['MEDIUM', 'HIGH']);

const allowlistSchema = z.strictObject({
  $comment: z.string().optional(),
  findings: z.array(
    z.strictObject({
      check: z.string().regex(/^[A-Z0-9_]+$/),
      file: z.string().min(1),
      sample: z.string().optional(),
      reason: z.string().min(40, 'give the reason, and the test that proves it'),
    }),
  ),
  excludedChecks: z.array(z.strictObject({ check: z.string().regex(/^[A-Za-z0-9]+$/), reason: z.string().min(40) })),
});
type Allowlist = z.infer<typeof allowlistSchema>;

/** What the scan decided about one finding. */
interface Verdict {
  severity: string;
  check: string;
  where: string;
  status: 'allowed' | 'below threshold' | 'NOT ALLOWED';
}

/**
 * The scanner fetches translations and Electron's release list from the web when it can. Every DNS
 * lookup in this process fails at once instead: the scan never reaches the network and does not
 * depend on it (same result on a connected laptop and on CI).
 */
function denyNetwork(): string[] {
  const attempted: string[] = [];
  const refuse = (hostname: string, ...rest: unknown[]): void => {
    attempted.push(hostname);
    const callback = rest.find((argument): argument is (error: Error) => void => typeof argument === 'function');
    const error = Object.assign(new Error(`security scan runs offline: no lookup of ${hostname}`), { code: 'ENOTFOUND', hostname });
    if (callback) process.nextTick(callback, error);
  };
  dns.lookup = refuse as unknown as typeof dns.lookup;
  return attempted;
}

function readAllowlist(): Allowlist {
  const parsed = allowlistSchema.safeParse(JSON.parse(readFileSync(ALLOWLIST_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${ALLOWLIST_FILE} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

async function main(): Promise<number> {
  const blockedLookups = denyNetwork();
  const allowlist = readAllowlist();
  const { default: run } = await import('@doyensec/electronegativity');
  const started = Date.now();
  const result = await run({
    input: PROJECT_ROOT,
    isRelative: true,
    customScan: [],
    excludeFromScan: allowlist.excludedChecks.map(({ check }) => check.toLowerCase()),
    parserPlugins: [],
  });

  const used = new Set<number>();
  const verdicts: Verdict[] = result.issues.map((issue) => {
    const severity = issue.severity.name;
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const entry = allowlist.findings.findIndex(
      (allowed) => allowed.check === issue.id && allowed.file === issue.file && (allowed.sample === undefined || allowed.sample === issue.sample),
    );
    if (entry >= 0) used.add(entry);
    const status = entry >= 0 ? 'allowed' : BLOCKING.has(severity) ? 'NOT ALLOWED' : 'below threshold';
    return { severity, check: issue.id, where, status };
  });

  console.log(
    `electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${PROJECT_ROOT} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(excluded: ${allowlist.excludedChecks.map(({ check }) => check).join(', ') || 'none'}; network lookups refused: ${blockedLookups.length})`,
  );
  for (const verdict of verdicts) console.log(`  ${verdict.status.padEnd(15)} ${verdict.severity.padEnd(13)} ${verdict.check.padEnd(34)} ${verdict.where}`);

  const problems: string[] = [];
  for (const verdict of verdicts.filter(({ status }) => status === 'NOT ALLOWED')) {
    problems.push(`${verdict.severity} ${verdict.check} at ${verdict.where}: fix it, or add it to ${ALLOWLIST_FILE} with the reason it is safe`);
  }
  allowlist.findings.forEach((entry, index) => {
    if (!used.has(index)) problems.push(`allow-list entry ${entry.check} in ${entry.file} matches no finding: remove it`);
  });
  for (const error of result.errors.filter(({ tolerable }) => !tolerable)) {
    problems.push(`could not scan ${error.file}: ${error.message}`);
  }
  const counts = (status: Verdict['status']) => verdicts.filter((verdict) => verdict.status === status).length;
  console.log(`${counts('NOT ALLOWED')} not allowed, ${counts('allowed')} allowed with a reason, ${counts('below threshold')} below MEDIUM`);
  if (problems.length === 0) {
    console.log('Security scan passed.');
    return 0;
  }
  console.error(`Security scan failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
