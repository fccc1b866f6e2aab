/*
 * Series colours as CSS variables (app/globals.css), so a theme switch recolours every chart
 * without a re-render. Eleven hues; past them the hues repeat lighter (a second and third "ring"),
 * and "other" is always the neutral grey so it never reads as one of the named series.
 */

export const PALETTE_SIZE = 11;
export const OTHER_KEY = 'other';

export interface SeriesStyle {
  color: string;
  /** Fill opacity: 1 for the first eleven series, lighter for the next rings. */
  opacity: number;
}

const RING_OPACITY = [0.9, 0.55, 0.3];

/** The colour of the `index`-th series (largest first); "other" gets the neutral. */
export function seriesStyle(key: string, index: number): SeriesStyle {
  if (key === OTHER_KEY) return { color: 'var(--chart-other)', opacity: 0.9 };
  const ring = Math.floor(index / PALETTE_SIZE);
  return {
    color: `var(--chart-${(index % PALETTE_SIZE) + 1})`,
    opacity: RING_OPACITY[Math.min(ring, RING_OPACITY.length - 1)] ?? 0.3,
  };
}
