import { useEffect, useEffectEvent } from 'react';
import { APP_COMMANDS, type AppCommand } from '../../../../shared/app-commands';
import { readerApi } from '../../reader-api';

/** Pause before asking again after a failed request, so a broken bridge does not spin. */
const RETRY_MS = 2000;

/**
 * Listens to main for as long as the component is mounted: asks `app:next-event`, handles the
 * answer (a menu command or a notice), asks again. See src/main/ipc/app-events.ts.
 */
export function useAppEvents(onCommand: (command: AppCommand) => void, onNotice: (message: string) => void): void {
  const command = useEffectEvent(onCommand);
  const notice = useEffectEvent(onNotice);
  useEffect(() => {
    let listening = true;
    void (async () => {
      while (listening) {
        const result = await readerApi().nextEvent();
        if (!listening) break;
        if (!result.ok) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          continue;
        }
        const event = result.value;
        if (event?.kind === 'command' && (APP_COMMANDS as readonly string[]).includes(event.command))
          command(event.command);
        if (event?.kind === 'notice') notice(event.message);
      }
    })();
    return () => {
      listening = false;
    };
  }, []);
}
