/**
 * What a person would see: how many pixels of a screenshot are in colour. The
 * fixture pages are black text on white, so grey anti-aliasing counts for nothing
 * and only the extension's highlights (an underline or a tint in a type's colour)
 * add colour. Shared by the Chromium and Firefox suites.
 */
import { PNG } from 'pngjs';

/** A pixel whose channels differ by this much is colour, not grey (a 20 % tint differs by ≥ 17). */
const MIN_CHROMA = 12;

export function colouredPixels(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    if (Math.max(r, g, b) - Math.min(r, g, b) >= MIN_CHROMA) count++;
  }
  return count;
}

/** A text box grown to take in an underline drawn below the glyphs. */
export function withUnderline(box: { x: number; y: number; width: number; height: number }): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  return {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height) + 8,
  };
}
