/** The popup's map: country outlines as areas, a river as an open line, a sea as a tinted area. */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { PlacesMap } from '../../components/places-map.tsx';

const window = new Window();
const g = globalThis as unknown as { document: unknown };
const previous = g.document;
g.document = window.document;
afterAll(async () => {
  g.document = previous;
  await window.happyDOM.close();
});

const square = [
  [38, 34],
  [42, 34],
  [42, 37],
  [38, 37],
  [38, 34],
];
const river = [
  [38.5, 36.9],
  [40, 35.5],
  [41.5, 34.4],
];
const sea = [
  [33, 32],
  [35, 32],
  [35, 35],
  [33, 35],
  [33, 32],
];

function draw(outlines: Record<string, number[][][]>): HTMLElement {
  const root = window.document.createElement('div') as unknown as HTMLElement;
  const points = [
    { id: 'place/country-sy', name: 'Syria', lat: 35, lon: 39 },
    { id: 'place/ne-river-euphrates', name: 'Euphrates', lat: 35.5, lon: 40 },
  ];
  render(<PlacesMap points={points} outlines={outlines} />, root);
  return root;
}

describe("the popup's places map", () => {
  it('draws a river as an open line in water colour, above the country outlines', () => {
    const root = draw({ SY: [square], '~l:euphrates': [river] });
    const outline = root.querySelector('path.outline')!;
    expect(outline.getAttribute('d')).toMatch(/Z$/);
    const line = root.querySelector('path.feature-line')!;
    expect(line).not.toBeNull();
    expect(line.getAttribute('d')).not.toContain('Z');
    expect(line.getAttribute('fill')).toBe('none');
    // The river is not merged into the countries' grey outline path.
    expect(outline.getAttribute('d')!.split('M')).toHaveLength(2);
    expect(root.querySelectorAll('circle.dot')).toHaveLength(2);
  });

  it('draws a sea as a closed, tinted area and fits the map to it', () => {
    const root = draw({ SY: [square], '~a:mediterranean': [sea] });
    const area = root.querySelector('path.feature-area')!;
    expect(area.getAttribute('d')).toMatch(/Z$/);
    expect(area.getAttribute('fill-opacity')).toBe('0.35');
    // Every coordinate of the sea lies inside the 320 × 150 view box.
    const xy = area
      .getAttribute('d')!
      .split(/[MLZ]/)
      .filter(Boolean)
      .map((p) => p.split(',').map(Number));
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(150);
    }
  });
});
