import { screen, type BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { SettingsStore } from '../user-data/settings-store';
import { placeWindow, type Placement } from '../user-data/window-placement';

const DEFAULT_SIZE = { width: 1200, height: 860 };
const MINIMUM_SIZE = { width: 640, height: 480 };

/** Where to open the reader window: its last place, brought back onto a connected display if needed. */
export function restoredPlacement(settings: SettingsStore): Placement {
  return placeWindow(
    settings.windowState(),
    screen.getAllDisplays().map((display) => display.workArea),
    DEFAULT_SIZE,
    MINIMUM_SIZE,
  );
}

/** Window options for a placement (size limits included). */
export function placementOptions(placement: Placement): BrowserWindowConstructorOptions {
  return { ...placement.bounds, minWidth: MINIMUM_SIZE.width, minHeight: MINIMUM_SIZE.height };
}

/** Restores maximized / full-screen state and saves the placement whenever the window moves, resizes or closes. */
export function trackWindowState(window: BrowserWindow, placement: Placement, settings: SettingsStore): void {
  if (placement.maximized) window.maximize();
  if (placement.fullScreen) window.setFullScreen(true);
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    settings.setWindowState({ ...bounds, maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('enter-full-screen', later);
  window.on('leave-full-screen', later);
  window.on('close', save);
}
