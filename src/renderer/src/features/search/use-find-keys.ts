import { useEffect } from 'react';

interface FindKeys {
  focusSearch: () => void;
  nextHit: () => void;
  previousHit: () => void;
}

/** Ctrl/Cmd+F focuses the search box from anywhere; F3 / Shift+F3 go to the next / previous hit. */
export function useFindKeys({ focusSearch, nextHit, previousHit }: FindKeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        focusSearch();
      } else if (event.key === 'F3') {
        event.preventDefault();
        if (event.shiftKey) previousHit();
        else nextHit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusSearch, nextHit, previousHit]);
}
