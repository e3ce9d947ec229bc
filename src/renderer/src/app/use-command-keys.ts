import { useEffect, useEffectEvent } from 'react';
import type { AppCommand } from '../../../shared/app-commands';
import { commandForKey } from '../../../shared/commands';
import { typingContext } from './typing-context';

/** Mouse buttons 3 and 4: the "back" and "forward" side buttons. */
const BACK_BUTTON = 3;
const FORWARD_BUTTON = 4;

/**
 * The page's one keyboard handler: runs the command of every shortcut in the command registry
 * (src/shared/commands.ts) pressed anywhere in the window, and of the mouse's back and forward
 * buttons. Keys a widget handles itself (Enter, Escape, arrows in the search box, the results, a
 * menu or a note) are `preventDefault`ed there and left alone here. A handled key press is
 * `preventDefault`ed, so Electron does not also run the menu item with the same accelerator, and
 * the browser does not also navigate. Inside a modal dialog a shortcut does nothing: it would act on
 * the page the dialog covers.
 */
export function useCommandKeys(run: (command: AppCommand) => void): void {
  const runCommand = useEffectEvent(run);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, typingContext(document.activeElement));
      if (!command) return;
      event.preventDefault();
      if (!(event.target instanceof Element && event.target.closest('dialog'))) runCommand(command);
    };
    const onMouse = (event: MouseEvent): void => {
      if (event.button !== BACK_BUTTON && event.button !== FORWARD_BUTTON) return;
      event.preventDefault();
      if (event.type === 'mouseup') runCommand(event.button === BACK_BUTTON ? 'go-back' : 'go-forward');
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onMouse);
    window.addEventListener('mouseup', onMouse);
    window.addEventListener('auxclick', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onMouse);
      window.removeEventListener('mouseup', onMouse);
      window.removeEventListener('auxclick', onMouse);
    };
  }, []);
}
