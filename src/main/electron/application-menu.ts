import { Menu } from 'electron';
import { buildMenuTemplate, type SendCommand } from './menu-template';

/**
 * Installs the application menu: the platform's standard roles plus the reader's commands
 * (src/main/menu-template.ts); no "Learn more" entries that would open web pages.
 */
export function installApplicationMenu(isMac: boolean, appName: string, send: SendCommand): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(isMac, appName, send)));
}
