/**
 * The offline guarantee as the e2e suite checks it: every request a reader page made stays on the
 * app's own origin (the loopback server that stands for app://reader). Anything else fails the file.
 */

/** Requests that left `origin` (compared as parsed origins, so `…:4000` never matches `…:40001` or `…@evil`). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/** What the guard needs of a reader page. */
export interface RecordedPage {
  requests: readonly string[];
  server: { origin: string };
}

/** Throws, naming each request, unless every page stayed on its own origin (and the recorder saw the page load). */
export function assertStayedOffline(pages: readonly RecordedPage[]): void {
  const problems: string[] = [];
  for (const { requests, server } of pages) {
    if (requests.length === 0)
      problems.push(`no request was recorded for the page at ${server.origin}: the recorder is not working`);
    for (const url of foreignRequests(requests, server.origin))
      problems.push(`request beyond the app's origin: ${url}`);
  }
  if (problems.length > 0) throw new Error(`The reader did not stay offline:\n${problems.join('\n')}`);
}
