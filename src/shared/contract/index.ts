/**
 * The IPC contract: the channel map (channels.ts, built with channel.ts), the request schemas, and
 * the data types by topic. Main, preload, renderer and tests all take their types from here.
 * The renderer imports values from the topic files, not from here: this entry also loads the
 * channel map and its zod schemas, which the renderer has no use for.
 */
export * from '../app-commands';
export * from './app-info';
export * from './channel';
export * from './channels';
export * from './export';
export * from './library';
export * from './request-schemas';
export * from './search';
export * from './user';
