import { useCallback, useEffect, useState } from 'react';
import { typingContext } from './typing-context';

/** Reading mode: all chrome hidden, the text alone. */
export interface ReadingMode {
  on: boolean;
  toggle: () => void;
  leave: () => void;
}

/**
 * Reading mode (the `reading-mode` command): header, sidebar, navigator and status line are
 * hidden; Escape (outside a text field, when nothing else took it) or the one button left
 * brings them back.
 */
export function useReadingMode(): ReadingMode {
  const [on, setOn] = useState(false);
  const toggle = useCallback(() => setOn((current) => !current), []);
  const leave = useCallback(() => setOn(false), []);
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || typingContext(document.activeElement) !== 'none') return;
      event.preventDefault();
      setOn(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  return { on, toggle, leave };
}
