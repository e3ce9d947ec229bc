import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME } from './app-protocol';

/** Must run before `app` is ready: makes `app://` a secure, standard scheme (like https). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the renderer files on `app://reader/…` (or the error page, once `errorPage()` has one),
 * and nothing on any other host.
 */
export function handleAppProtocol(rendererDir: string, errorPage: () => string | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(rendererDir, request.url, errorPage());
    return new Response(typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  });
}
