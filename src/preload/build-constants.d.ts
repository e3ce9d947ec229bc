/**
 * The method table of the channel map (`API_METHODS`), embedded by the build (electron.vite.config.ts
 * `define`) so that the preload does not load the channel map and its zod schemas.
 */
declare const READER_API_METHODS: import('../shared/contract/channels').ApiMethods;
