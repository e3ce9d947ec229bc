/**
 * The content and index hashes of the corpus the app was built with, embedded by the build
 * (electron.vite.config.ts `define`); main checks the corpus and index it loads against them.
 */
declare const BUILT_CORPUS_HASHES: { contentHash: string; indexHash: string } | null;
