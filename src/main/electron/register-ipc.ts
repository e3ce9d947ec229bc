import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { Dispatch } from '../ipc/ipc-dispatcher';

/** Wires every contract channel to the dispatcher, passing what Electron knows of the sender. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(
        {
          webContentsId: event.sender.id,
          frameUrl: event.senderFrame?.url ?? '',
          isTopFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        },
        channel,
        payload,
      ),
    );
  }
}
