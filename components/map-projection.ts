/** Plate carrée fitted to a box: enough for small locator maps, and nothing to download. */
export interface Projection {
  x(lon: number): string;
  y(lat: number): string;
  /** Closed rings (outlines, areas), or open lines (rivers) when `closed` is false. */
  path(rings: number[][][], closed?: boolean): string;
}

export interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function boundsOf(points: Iterable<readonly number[]>): Bounds {
  const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    b.minX = Math.min(b.minX, x!);
    b.maxX = Math.max(b.maxX, x!);
    b.minY = Math.min(b.minY, y!);
    b.maxY = Math.max(b.maxY, y!);
  }
  return b;
}

export function fitProjection(
  b: Bounds,
  width: number,
  height: number,
  pad = 0.08,
  minSpan = 0.5,
): Projection {
  const sx = (width * (1 - 2 * pad)) / Math.max(b.maxX - b.minX, minSpan);
  const sy = (height * (1 - 2 * pad)) / Math.max(b.maxY - b.minY, minSpan);
  const s = Math.min(sx, sy);
  const ox = (width - (b.maxX - b.minX) * s) / 2;
  const oy = (height - (b.maxY - b.minY) * s) / 2;
  const x = (lon: number) => (ox + (lon - b.minX) * s).toFixed(1);
  const y = (lat: number) => (oy + (b.maxY - lat) * s).toFixed(1);
  return {
    x,
    y,
    // A river is an open line: closing it would draw a stroke from its mouth back to its source.
    path: (rings, closed = true) =>
      rings
        .map((ring) => `M${ring.map(([lon, lat]) => `${x(lon!)},${y(lat!)}`).join('L')}${closed ? 'Z' : ''}`)
        .join(''),
  };
}
