/**
 * The method table of the channel map (`API_METHODS`), embedded by the build (electron.vite.config.ts
 * `define`) so that the preload does not load the channel map and its zod schemas.
 */
import type { ApiMethods } from '../shared/contract/channels';

declare global {
  const READER_API_METHODS: ApiMethods;
}
