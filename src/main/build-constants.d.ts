/**
 * The content hash of the corpus the app was built with, embedded by the build (electron.vite.config.ts
 * `define`); main checks the corpus it loads against it.
 */
declare const BUILT_CORPUS_HASH: string | null;
