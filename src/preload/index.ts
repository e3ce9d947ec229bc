/**
 * Preload: exposes `window.reader`, the contract's named methods, and nothing else (no ipcRenderer,
 * no events, no callbacks, no process). Imports no npm package, so it runs in the sandbox.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createReaderApi } from '../shared/reader-api';

contextBridge.exposeInMainWorld(
  'reader',
  createReaderApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
