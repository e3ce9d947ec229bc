import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { Announcement } from './use-announcer';

/** How long a status stays: long enough to read a sentence; longer when it offers an action (Undo). */
export const STATUS_MS = 6000;
/** How long a status with an action stays. */
export const STATUS_WITH_ACTION_MS = 12000;

/** Keys that only move or modify: they are not the reader's "next action". */
const PASSIVE_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/**
 * Makes a status leave by itself: after a few seconds, or at the reader's next action (a click or
 * a key press elsewhere, not Tab), whichever comes first. The clock stops while the pointer or the
 * keyboard focus is in the status line (WCAG 2.2.1: the reader reaching for Undo is given the time).
 */
export function useQuietStatus(
  status: Announcement | null,
  line: RefObject<HTMLElement | null>,
  onDismiss: () => void,
): void {
  const dismiss = useEffectEvent(onDismiss);
  useEffect(() => {
    const element = line.current;
    if (!status || !element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = (): void => {
      clearTimeout(timer);
      timer = setTimeout(dismiss, status.action ? STATUS_WITH_ACTION_MS : STATUS_MS);
    };
    const pause = (): void => clearTimeout(timer);
    const resume = (): void => {
      if (!element.contains(document.activeElement) && !element.matches(':hover')) start();
    };
    const outside = (target: EventTarget | null): boolean => !(target instanceof Node && element.contains(target));
    const onPointer = (event: PointerEvent | MouseEvent): void => {
      if (outside(event.target)) dismiss();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!PASSIVE_KEYS.has(event.key) && outside(event.target)) dismiss();
    };
    if (element.contains(document.activeElement)) pause();
    else start();
    element.addEventListener('focusin', pause);
    element.addEventListener('focusout', resume);
    element.addEventListener('pointerenter', pause);
    element.addEventListener('pointerleave', resume);
    // Registered after the event that made the status has finished, so that event does not dismiss it.
    const listen = setTimeout(() => {
      window.addEventListener('mousedown', onPointer, true);
      window.addEventListener('keydown', onKey, true);
    }, 0);
    return () => {
      clearTimeout(timer);
      clearTimeout(listen);
      element.removeEventListener('focusin', pause);
      element.removeEventListener('focusout', resume);
      element.removeEventListener('pointerenter', pause);
      element.removeEventListener('pointerleave', resume);
      window.removeEventListener('mousedown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [status, line]);
}
