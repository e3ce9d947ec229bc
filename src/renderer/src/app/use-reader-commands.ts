import type { AppCommand } from '../../../shared/app-commands';
import { useAppEvents } from '../features/notices/use-app-events';
import { useCommandKeys } from './use-command-keys';

/** What each command of the registry (src/shared/commands.ts) does in the reader window. */
export type CommandHandlers = Readonly<Record<AppCommand, () => void>>;

/**
 * Runs the reader's commands, wherever they come from: a shortcut or a mouse side button
 * (use-command-keys), or the application menu (posted by main, with main's notices, to use-app-events).
 * The buttons call the same handlers directly.
 */
export function useReaderCommands(handlers: CommandHandlers, onNotice: (message: string) => void): void {
  const run = (command: AppCommand): void => handlers[command]();
  useCommandKeys(run);
  useAppEvents(run, onNotice);
}
