/**
 * The import layers, checked by `npm run lint` (docs/architecture.md draws them):
 *   src/shared  ←  domain (src/main/{files,text,corpus,search,user-data,export,library,search-host})  ←  src/main/ipc
 *   ←  src/main/electron  ←  src/main/index.ts
 * The renderer sees only src/shared; the preload only `electron` and src/shared; only
 * src/main/electron/ and src/main/index.ts import `electron`. No cycles, type-only ones included.
 */
const DOMAIN = '^src/main/(files|text|corpus|search|user-data|export|library|search-host)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle (type-only ones too) means two modules cannot be understood apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-stands-alone',
      comment: 'src/shared is the contract and pure helpers: it imports nothing of the app, no Node or Electron.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-sees-only-shared',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|preload)/' },
    },
    {
      name: 'renderer-no-node-or-electron',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-only-electron-and-shared',
      comment: 'A sandboxed preload cannot load npm packages at run time.',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { pathNot: ['^src/shared/', '^src/preload/', '^electron$', '^node_modules/electron/', '^node_modules/zod/'] },
    },
    {
      name: 'only-the-shell-imports-electron',
      severity: 'error',
      from: { path: '^src/main/', pathNot: ['^src/main/electron/', '^src/main/index\\.ts$'] },
      to: { path: ['^electron$', '^node_modules/electron/'] },
    },
    {
      name: 'domain-below-ipc',
      comment: 'Domain services know nothing of IPC, the Electron shell or the entry point.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: ['^src/main/ipc/', '^src/main/electron/', '^src/main/index\\.ts$', '^src/(renderer|preload)/'] },
    },
    {
      name: 'ipc-below-electron',
      severity: 'error',
      from: { path: '^src/main/ipc/' },
      to: { path: ['^src/main/electron/', '^src/main/index\\.ts$', '^src/(renderer|preload)/'] },
    },
    {
      name: 'electron-below-index',
      severity: 'error',
      from: { path: '^src/main/electron/' },
      to: { path: ['^src/main/index\\.ts$', '^src/(renderer|preload)/'] },
    },
    {
      name: 'corpus-knows-no-search',
      comment: 'Search is built over the corpus, never the other way round.',
      severity: 'error',
      from: { path: '^src/main/(corpus|files)/' },
      to: { path: '^src/main/(search|user-data|export|library)/' },
    },
    {
      name: 'files-is-the-bottom',
      severity: 'error',
      from: { path: '^src/main/files/' },
      to: { path: DOMAIN, pathNot: '^src/main/files/' },
    },
    {
      name: 'text-analysis-is-below-corpus-and-search',
      comment: 'The one analysis module (build and query side alike) depends on no other concept.',
      severity: 'error',
      from: { path: '^src/main/text/' },
      to: { path: DOMAIN, pathNot: '^src/main/text/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: ['^out/', '^node_modules/'] },
  },
};
