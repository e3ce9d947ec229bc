/**
 * Where to put the reader window at startup: where it was, unless that place is no longer on any
 * screen (a monitor was unplugged, the resolution changed), in which case it is brought back onto
 * the nearest screen, shrunk to fit if needed. Pure: the Electron edge passes the displays' work areas.
 */

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as saved: its normal bounds and whether it was maximized or full screen. */
export interface WindowState extends Rect {
  maximized: boolean;
  fullScreen: boolean;
}

/** The bounds to create the window with, plus the state to restore after. */
export interface Placement {
  /** Absent: let the system centre the window. */
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
  fullScreen: boolean;
}

/** How much of the window must be on a screen (in pixels, each way) to count as visible. */
export const MIN_VISIBLE = 100;

/**
 * Decides the placement from the saved state (null on a first start), the work areas of the
 * connected displays, the default size and the minimum size.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
  minimum: { width: number; height: number },
): Placement {
  if (!saved || workAreas.length === 0)
    return { bounds: { width: defaults.width, height: defaults.height }, maximized: false, fullScreen: false };
  const area = bestArea(saved, workAreas);
  const width = clamp(saved.width, Math.min(minimum.width, area.width), area.width);
  const height = clamp(saved.height, Math.min(minimum.height, area.height), area.height);
  const visible = overlap(saved, area);
  const onScreen = visible.width >= Math.min(MIN_VISIBLE, width) && visible.height >= Math.min(MIN_VISIBLE, height);
  const x = onScreen
    ? clamp(saved.x, area.x - width + MIN_VISIBLE, area.x + area.width - MIN_VISIBLE)
    : area.x + Math.round((area.width - width) / 2);
  const y = onScreen
    ? clamp(saved.y, area.y, area.y + area.height - MIN_VISIBLE)
    : area.y + Math.round((area.height - height) / 2);
  return { bounds: { x, y, width, height }, maximized: saved.maximized, fullScreen: saved.fullScreen };
}

/** The work area the window overlaps most; if none, the one whose centre is nearest. */
function bestArea(window: Rect, areas: readonly Rect[]): Rect {
  let best = areas[0]!;
  let bestOverlap = -1;
  for (const area of areas) {
    const { width, height } = overlap(window, area);
    if (width * height > bestOverlap) {
      best = area;
      bestOverlap = width * height;
    }
  }
  if (bestOverlap > 0) return best;
  const centre = (rect: Rect) => [rect.x + rect.width / 2, rect.y + rect.height / 2] as const;
  const [wx, wy] = centre(window);
  return [...areas].sort((a, b) => distance(centre(a), wx, wy) - distance(centre(b), wx, wy))[0]!;
}

function distance([x, y]: readonly [number, number], wx: number, wy: number): number {
  return Math.hypot(x - wx, y - wy);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
