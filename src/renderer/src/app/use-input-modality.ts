import { useEffect } from 'react';

/**
 * Marks the root element with the way the reader last moved: `data-input="keyboard"` after a key
 * press, `pointer` after a click or touch (none before either). The stylesheet shows the focus box
 * of the places the app focuses by itself (a section's heading, a paragraph opened from a link)
 * only after the keyboard was used: on the first screen there is no box that looks like a field.
 * Controls keep their `:focus-visible` box whatever the input.
 */
export function useInputModality(): void {
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (): void => {
      root.dataset.input = 'keyboard';
    };
    const onPointer = (): void => {
      root.dataset.input = 'pointer';
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      delete root.dataset.input;
    };
  }, []);
}
