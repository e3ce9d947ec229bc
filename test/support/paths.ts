import { resolve } from 'node:path';

/** Project root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The generated corpus folder (built by `npm run build` / `npm run corpus`). */
export const CORPUS_DIR = resolve(ROOT, 'resources', 'corpus');
/** The source documents folder. */
export const DOCUMENTS_DIR = resolve(ROOT, 'resources', 'documents');
/** The built renderer and preload. */
export const RENDERER_DIR = resolve(ROOT, 'out', 'renderer');
export const PRELOAD_FILE = resolve(ROOT, 'out', 'preload', 'index.js');
/** The statement as published, byte for byte: the seed of the bundled document (test/fixtures/README.md). */
export const SEED_FILE = resolve(ROOT, 'test', 'fixtures', 'seed-statement.txt');
/** The built main process. */
export const MAIN_FILE = resolve(ROOT, 'out', 'main', 'index.js');
/** The id of the bundled statement, the document the reader opens first. */
export const STATEMENT_ID = 'belarus-un-human-rights-cooperation';
