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
import { allowlistSchema, judgeFindings, type Allowlist } from './security-scan-policy';

const PROJECT_ROOT = resolve(__dirname, '..');
const ALLOWLIST_FILE = join(PROJECT_ROOT, 'security', 'electronegativity-allowlist.json');

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
    const error = Object.assign(new Error(`security scan runs offline: no lookup of ${hostname}`), {
      code: 'ENOTFOUND',
      hostname,
    });
    if (callback) process.nextTick(callback, error);
  };
  dns.lookup = refuse as unknown as typeof dns.lookup;
  return attempted;
}

function readAllowlist(): Allowlist {
  const parsed = allowlistSchema.safeParse(JSON.parse(readFileSync(ALLOWLIST_FILE, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${ALLOWLIST_FILE} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
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

  const { verdicts, problems } = judgeFindings(
    result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample,
    })),
    allowlist,
  );

  console.log(
    `electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${PROJECT_ROOT} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(excluded: ${allowlist.excludedChecks.map(({ check }) => check).join(', ') || 'none'}; network lookups refused: ${blockedLookups.length})`,
  );
  for (const { finding, status } of verdicts) {
    console.log(
      `  ${status.padEnd(15)} ${finding.severity.padEnd(13)} ${finding.check.padEnd(34)} ${finding.file}:${finding.line}:${finding.column}`,
    );
  }
  for (const error of result.errors.filter(({ tolerable }) => !tolerable)) {
    problems.push(`could not scan ${error.file}: ${error.message}`);
  }
  const counts = (status: string) => verdicts.filter((verdict) => verdict.status === status).length;
  console.log(
    `${counts('NOT ALLOWED')} not allowed, ${counts('allowed')} allowed with a reason, ${counts('below threshold')} below MEDIUM`,
  );
  if (problems.length === 0) {
    console.log('Security scan passed.');
    return 0;
  }
  console.error(
    `Security scan failed (allow-list: ${ALLOWLIST_FILE}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
