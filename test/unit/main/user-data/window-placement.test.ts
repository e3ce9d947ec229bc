import { describe, expect, it } from 'vitest';
import { placeWindow, type WindowState } from '../../../../src/main/user-data/window-placement';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const defaults = { width: 1200, height: 860 };
const minimum = { width: 640, height: 480 };
const saved = (rect: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 100,
  width: 1000,
  height: 700,
  maximized: false,
  fullScreen: false,
  ...rect,
});

describe('placeWindow', () => {
  it('uses the default size, centred by the system, on a first start', () => {
    expect(placeWindow(null, [laptop], defaults, minimum)).toEqual({
      bounds: { width: 1200, height: 860 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('puts the window back exactly where it was when that place is still on a screen', () => {
    expect(placeWindow(saved({ x: 1600, y: 200, maximized: true }), [laptop, monitor], defaults, minimum)).toEqual({
      bounds: { x: 1600, y: 200, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('brings a window from an unplugged monitor back to the middle of the remaining screen, shrunk to fit', () => {
    const placement = placeWindow(saved({ x: 2000, y: 300, width: 1800, height: 1200 }), [laptop], defaults, minimum);
    expect(placement.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('centres a window that is only a sliver on screen', () => {
    const placement = placeWindow(saved({ x: 1400, y: 100 }), [laptop], defaults, minimum);
    expect(placement.bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('keeps the title bar reachable: never above the top of the work area', () => {
    expect(placeWindow(saved({ x: 100, y: -300 }), [laptop], defaults, minimum).bounds.y).toBe(25);
  });

  it('never makes the window smaller than its minimum, unless the screen itself is smaller', () => {
    expect(placeWindow(saved({ width: 300, height: 200 }), [laptop], defaults, minimum).bounds).toMatchObject({
      width: 640,
      height: 480,
    });
    const tiny = { x: 0, y: 0, width: 600, height: 400 };
    expect(placeWindow(saved({ x: 0, y: 0 }), [tiny], defaults, minimum).bounds).toMatchObject({
      width: 600,
      height: 400,
    });
  });
});
