import { useEffect, type RefObject } from 'react';
import type { ReadingPosition } from '../../../../shared/contract';
import { readerApi } from '../../reader-api';
import type { Route } from '../../app/route';

/** Wait after the last scroll before saving, so reading does not write on every frame. */
const SCROLL_SETTLE_MS = 600;

/** The paragraph at the top of the reading pane, or null when the pane is at the section's start. */
export function paragraphAtTop(pane: HTMLElement): string | null {
  if (pane.scrollTop < 8) return null;
  const top = pane.getBoundingClientRect().top;
  for (const paragraph of pane.querySelectorAll<HTMLElement>('[data-paragraph]')) {
    if (paragraph.getBoundingClientRect().bottom > top + 16) return paragraph.dataset.paragraph ?? null;
  }
  return null;
}

/**
 * Remembers where the reader is (main saves it in the user-data folder): the section and paragraph
 * of every address they go to, and the paragraph at the top of the pane once scrolling settles.
 */
export function usePositionMemory(route: Route | null, pane: RefObject<HTMLElement | null>): void {
  const documentId = route?.documentId;
  const sectionId = route?.sectionId;
  const paragraphId = route?.paragraphId ?? null;
  useEffect(() => {
    if (!documentId || !sectionId) return;
    const save = (position: ReadingPosition): void => void readerApi().saveReadingPosition(position);
    save({ documentId, sectionId, paragraphId });
    const element = pane.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => save({ documentId, sectionId, paragraphId: paragraphAtTop(element) }), SCROLL_SETTLE_MS);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      element.removeEventListener('scroll', onScroll);
    };
  }, [documentId, sectionId, paragraphId, pane]);
}
