import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../shared/contract';
import { commandForKey, typingContext } from './shortcuts';

/** Mouse buttons 3 and 4: the "back" and "forward" side buttons. */
const BACK_BUTTON = 3;
const FORWARD_BUTTON = 4;

/**
 * Runs the command of every shortcut pressed anywhere in the window, and of the mouse's back and
 * forward buttons. A handled key press is `preventDefault`ed, so Electron does not also run the
 * menu item with the same accelerator, and the browser does not also navigate.
 */
export function useCommandKeys(run: (command: AppCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, typingContext(document.activeElement));
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    const onMouse = (event: MouseEvent): void => {
      if (event.button !== BACK_BUTTON && event.button !== FORWARD_BUTTON) return;
      event.preventDefault();
      if (event.type === 'mouseup') latest.current(event.button === BACK_BUTTON ? 'go-back' : 'go-forward');
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
