/** Reads a Content-Security-Policy into directives, and finds what would let a page reach beyond the app. */

/** directive name → its source expressions. */
export type CspDirectives = Map<string, string[]>;

/** Parses `default-src 'none'; script-src 'self'` into directives (names lower-cased). */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The content of the `<meta http-equiv="Content-Security-Policy">` of an HTML page, or null. */
export function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match ? match[1]! : null;
}

/** Sources a directive may list: only the app itself, nothing, and data: URLs for images and fonts. */
const ALLOWED_SOURCES: Record<string, string[]> = {
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
};

/**
 * Everything in the policy that reaches beyond the app or weakens scripts: remote origins, schemes,
 * wildcards, `unsafe-*`, `strict-dynamic`, nonces and hashes. Empty when the policy is strict.
 */
export function cspProblems(policy: string): string[] {
  const directives = parseCsp(policy);
  const problems: string[] = [];
  for (const required of ['default-src', 'script-src', 'object-src', 'base-uri', 'connect-src']) {
    if (!directives.has(required)) problems.push(`no ${required}`);
  }
  if (directives.get('default-src')?.join(' ') !== "'none'") problems.push("default-src is not 'none'");
  for (const [name, sources] of directives) {
    const allowed = ALLOWED_SOURCES[name] ?? ["'self'"];
    for (const source of sources) {
      if (source === "'none'" || allowed.includes(source)) continue;
      problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}
