/**
 * Preload: exposes `window.reader`, the contract's named methods, and nothing else (no ipcRenderer,
 * no events, no callbacks, no process). Imports no npm package, so it runs in the sandbox.
 *
 * The method table comes from the channel map, but as a constant the build derives from it
 * (READER_API_METHODS, see electron.vite.config.ts), not as an import: the channel map holds the
 * request schemas, and bundling zod here would grow the preload from about 2 kB to 180 kB and add
 * tens of milliseconds to every window's start, for schemas only main uses.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createReaderApi } from '../shared/reader-api';

contextBridge.exposeInMainWorld(
  'reader',
  createReaderApi(READER_API_METHODS, (channel, payload) => ipcRenderer.invoke(channel, payload)),
);
