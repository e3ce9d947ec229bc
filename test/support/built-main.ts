/**
 * Runs the BUILT main process (out/main/index.js, what ships) in Node with the fake Electron in
 * place of `require('electron')`. Run `npm run build` first (`npm test` does).
 */
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { afterEach } from 'vitest';
import { createFakeElectron, fakeEvent, type FakeElectron, type FakeElectronOptions } from './fake-electron';
import { MAIN_FILE } from './paths';

const nodeRequire = createRequire(MAIN_FILE);
const started: FakeElectron[] = [];

// After each test the app quits (main stops its search host), and no host process is left behind.
afterEach(() => {
  for (const fake of started.splice(0)) {
    fake.app.emit('will-quit', fakeEvent());
    for (const child of fake.utilityProcesses) child.kill();
  }
});

/** Loads a fresh copy of the built main process against a new fake Electron, up to `app` ready. */
export async function startBuiltMain(options: FakeElectronOptions, { ready = true } = {}): Promise<FakeElectron> {
  if (!existsSync(MAIN_FILE)) throw new Error(`${MAIN_FILE} is missing: run "npm run build" first.`);
  const fake = createFakeElectron(options);
  started.push(fake);
  const electronPath = nodeRequire.resolve('electron');
  const electronModule = new Module(electronPath);
  electronModule.filename = electronPath;
  electronModule.loaded = true;
  electronModule.exports = fake.module;
  nodeRequire.cache[electronPath] = electronModule;
  delete nodeRequire.cache[MAIN_FILE];
  try {
    nodeRequire(MAIN_FILE);
  } finally {
    delete nodeRequire.cache[electronPath];
    delete nodeRequire.cache[MAIN_FILE];
  }
  if (ready) await fake.becomeReady();
  return fake;
}
