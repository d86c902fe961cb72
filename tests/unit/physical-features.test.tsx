/** Physical geography from Natural Earth: records, places, linking and the locator map. */
import { Window } from 'happy-dom';
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocatorMap } from '../../components/locator-map.tsx';
import { annotateText } from '../../engine/annotate.ts';
import { buildCard } from '../../engine/card/card.ts';
import type { Dataset } from '../../engine/data/dataset.ts';
import { ALIAS_AMBIGUOUS } from '../../engine/types.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';
import { buildOutlines } from '../../scripts/lib/outlines.ts';
import {
  generatePhysical,
  PHYSICAL_KINDS,
  physicalPrior,
  physicalShapes,
  readPhysical,
  shapeKey,
} from '../../scripts/lib/places/physical.ts';
import { simplify } from '../../scripts/lib/places/geometry.ts';

const records = readPhysical();
const byName = (name: string) => {
  const r = records.find((x) => x.name === name);
  if (!r) throw new Error(`missing ${name}`);
  return r;
};

describe('the Natural Earth records', () => {
  it('has at least 500 features of the physical kinds, with unique ids', () => {
    expect(records.length).toBeGreaterThanOrEqual(500);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.id).toMatch(/^place\/ne-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(PHYSICAL_KINDS).toContain(r.kind);
      expect(r.parts.length).toBeGreaterThan(0);
    }
  });
  it('finds the countries a river crosses by point in polygon', () => {
    expect(new Set(byName('Euphrates').countries)).toEqual(new Set(['TR', 'SY', 'IQ']));
    expect(byName('Tigris').countries).toEqual(expect.arrayContaining(['IQ', 'TR']));
    expect(byName('Hindu Kush').countries).toEqual(expect.arrayContaining(['AF', 'PK']));
    expect(byName('Lake Tana').countries).toEqual(['ET']);
  });
  it('keeps local names of a river as aliases and flags names shared with other entities', () => {
    expect(byName('Euphrates').aliases.map((a) => a.text)).toEqual(
      expect.arrayContaining(['Firat', 'Al Furat']),
    );
    for (const name of ['Jordan', 'Niger', 'Orange', 'Snake', 'Congo']) {
      expect(byName(name).ambiguousName, name).toBe(true);
    }
  });
  it('leaves out three-letter names that are also words or names', () => {
    for (const name of ['Don', 'Han', 'Po', 'Red'])
      expect(
        records.some((r) => r.name === name),
        name,
      ).toBe(false);
  });
  it('leaves what a curated entity covers to it', () => {
    for (const name of ['Black Sea', 'Strait of Hormuz', 'Lake Chad', 'Persian Gulf']) {
      expect(
        records.some((r) => r.name === name),
        name,
      ).toBe(false);
    }
  });
});

describe('physical features as places', () => {
  const built = generatePhysical(records);
  it('gives bare names a prior that needs one of their countries on the page', () => {
    expect(physicalPrior({ name: 'Orange', rank: 1 })).toBeLessThan(0.45);
    expect(physicalPrior({ name: 'Gulf of Mexico', rank: 1 })).toBeGreaterThan(0.66);
    const jordan = built.find((b) => b.entity.id === byName('Jordan').id)!;
    expect(jordan.aliases[0]!.flags & ALIAS_AMBIGUOUS).toBeTruthy();
  });
  it('describes a feature from its countries and relates it to them', () => {
    const euphrates = built.find((b) => b.entity.id === 'place/ne-river-euphrates')!.entity;
    expect(euphrates.subtype).toBe('river');
    expect(euphrates.role).toMatch(/^River in /);
    expect(euphrates.description).toMatch(/flows through .*Syria/);
    expect(euphrates.related?.map((r) => r.id)).toContain('place/country-iq');
  });
  it('stores each shape under the key its geo.cc names, a river as a line drawn there and back', () => {
    const shapes = physicalShapes(records);
    const euphrates = byName('Euphrates');
    const line = shapes[shapeKey(euphrates)]![0]!;
    expect(shapeKey(euphrates)).toBe('~l:river-euphrates');
    expect(line[0]).toEqual(line[line.length - 1]);
    expect(shapes[shapeKey(byName('Adriatic Sea'))]).toBeDefined();
    expect(buildOutlines()[shapeKey(euphrates)]).toBeDefined();
  });
  it('simplifies a line with Douglas–Peucker', () => {
    expect(simplify([[0, 0], [1, 0.001], [2, 0], [3, 1]], 0.01)).toEqual([[0, 0], [2, 0], [3, 1]]); // prettier-ignore
  });
});

describe('linking and the card', () => {
  let d: Dataset;
  beforeAll(() => {
    d = loadNodeDataset();
  });
  const linked = (text: string) =>
    annotateText(d, text).map((m) => [text.slice(m.start, m.end), d.entities[m.entity]!.id]);

  it('links a river beside one of its countries, and not on its own', () => {
    expect(linked('Kurdish forces held the east bank of the Euphrates in Syria.')).toContainEqual([
      'Euphrates',
      'place/ne-river-euphrates',
    ]);
    expect(
      linked('The Snake is a long poem about the Orange and the Niger.').map(([, id]) => id),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^place\/ne-/)]));
  });
  it('reads "Jordan" as the country, and "Helmand" beside Iran and Afghanistan as the river', () => {
    expect(linked('King Abdullah of Jordan met officials in Amman.')).toContainEqual([
      'Jordan',
      'place/country-jo',
    ]);
    expect(
      linked('Afghanistan and Iran met again over the waters of the Helmand, disputed since 2023.'),
    ).toContainEqual(['Helmand', 'place/ne-river-helmand']);
  });
  it('links no Colombian district on an Argentine page that names none of its provinces', () => {
    const text =
      'El informe lo ubicó con domicilios en Palermo y en el centro porteño. Las cinco provincias ' +
      'patagónicas tienen una población similar a la de La Matanza. Argentina y Chile firmaron.';
    expect(linked(text).filter(([, id]) => id!.startsWith('place/admin2-co'))).toEqual([]);
  });
  it("gives the card the feature's shape key, and the locator map draws its line", () => {
    const card = buildCard(d, d.byId.get('place/ne-river-euphrates')!);
    expect(card.geo?.cc).toBe('~l:river-euphrates');
    const window = new Window();
    const g = globalThis as unknown as { document: unknown };
    const previous = g.document;
    g.document = window.document;
    try {
      const root = window.document.createElement('div') as unknown as HTMLElement;
      const outline = physicalShapes(records)[card.geo!.cc]!;
      render(
        <LocatorMap lat={card.geo!.lat} lon={card.geo!.lon} cc={card.geo!.cc} outline={outline} />,
        root,
      );
      const path = root.querySelector('path.feature-line');
      expect(path?.getAttribute('fill')).toBe('none');
      expect(path?.getAttribute('d')).toMatch(/^M/);
      expect(root.querySelector('circle.dot')).not.toBeNull();
    } finally {
      g.document = previous;
      void window.happyDOM.close();
    }
  });
});
