import { useEffect, useState } from 'react';

/**
 * Below this width, in the reader's text size, the sidebar becomes a drawer over the text: 900 px
 * at 100 % text, 1800 px at 200 % (a reader who enlarges the text gets the room for it).
 */
export const DRAWER_BELOW_REM = 56.25;

/** The root font size at 100 % (the browser's default, which the app keeps). */
const BASE_FONT_PX = 16;

/** True when the window is narrower than `DRAWER_BELOW_REM` at the reader's text scale. */
function isNarrow(textScale: number): boolean {
  return window.innerWidth < DRAWER_BELOW_REM * BASE_FONT_PX * textScale;
}

/**
 * Whether the window is narrow for the text size chosen (the sidebar is then a drawer), kept on
 * the root element as `data-layout="narrow" | "wide"` for the stylesheet. A media query cannot
 * do this: its `em` is the browser's default size, not the reader's.
 */
export function useLayout(textScale: number): { narrow: boolean } {
  const [narrow, setNarrow] = useState(() => isNarrow(textScale));
  useEffect(() => {
    const update = (): void => setNarrow(isNarrow(textScale));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [textScale]);
  useEffect(() => {
    document.documentElement.dataset.layout = narrow ? 'narrow' : 'wide';
  }, [narrow]);
  return { narrow };
}
