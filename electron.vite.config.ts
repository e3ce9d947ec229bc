import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { builtCorpusHashes } from './scripts/built-corpus-hash';
import { corpusProblem } from './scripts/corpus-files';
import { API_METHODS } from './src/shared/contract/channels';

/** Fails the app build when the generated corpus is missing or older than its sources. */
function requireFreshCorpus(): Plugin {
  return {
    name: 'require-fresh-corpus',
    buildStart() {
      const problem = corpusProblem();
      if (problem) this.error(`Cannot build the app: ${problem}. Run "npm run build" (it builds the corpus first).`);
    },
  };
}

export default defineConfig({
  main: {
    plugins: [requireFreshCorpus()],
    // Main checks the corpus and index against the hashes it was built with (tamper evidence that survives a re-stamp).
    define: { BUILT_CORPUS_HASHES: JSON.stringify(builtCorpusHashes()) },
    // Two entries: main itself, and the search host it starts as a utilityProcess (out/main/search-host.js).
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'search-host': resolve(__dirname, 'src/main/search-host/host-entry.ts'),
        },
      },
    },
  },
  preload: {
    // The preload's method table, derived here from the channel map: the preload then needs neither
    // the map nor zod (a sandboxed preload cannot require npm packages, and bundling zod would slow
    // every window's start).
    define: { READER_API_METHODS: JSON.stringify(API_METHODS) },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } },
    plugins: [react()],
  },
});
