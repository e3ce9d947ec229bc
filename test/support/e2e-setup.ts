/**
 * Runs around every e2e test file: after the file, every request made by every reader page it
 * opened must have stayed on the app's own origin (the offline guarantee, checked on each file).
 */
import { afterAll } from 'vitest';
import { assertStayedOffline } from './offline-guard';
import { openedReaderPages } from './reader-page';

afterAll(() => {
  assertStayedOffline(openedReaderPages.splice(0));
});
