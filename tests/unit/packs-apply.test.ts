/** Packs applied through the real engine: linking, the card's notes, the preview, and the stored list. */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../engine/annotate.ts';
import { buildCard } from '../../engine/card/card.ts';
import {
  activePacks,
  applyPacks,
  enabledPacks,
  exportPack,
  importPack,
  installPack,
  managedPacks,
  PACK_PRIOR,
  readStoredPacks,
  removePack,
  setPackEnabled,
  withPackNotes,
  type Pack,
} from '../../engine/packs/index.ts';
import { keyIdOf } from '../../engine/packs/aliases.ts';
import { overlayIndex, rebuildIndex, type PackEntry } from '../../engine/packs/pack-index.ts';
import { scanText } from '../../engine/match/scan.ts';
import { searchEntities } from '../../engine/match/search.ts';
import { selectSpans } from '../../engine/match/select.ts';
import type { AliasIndex } from '../../engine/match/alias-index.ts';
import { idsOf, tinyDataset } from './helpers/tiny-dataset.ts';

const base = tinyDataset();

const UNIT: Pack = {
  version: 1,
  id: 'unit',
  title: 'Borderlands unit',
  author: 'Ms Teacher',
  description: 'A test unit.',
  entities: [
    {
      id: 'pack:unit/zarina-karimi',
      name: 'Zarina Karimi',
      type: 'person',
      role: 'Poet from Nangarhar',
      aliases: [{ text: 'Karimi', partial: true }],
      description: 'A poet the unit reads.',
      note: 'Read her poem before class.',
      link: 'https://example.org/karimi',
      related: [{ id: 'place/admin1-af-18', relation: 'born in' }],
    },
    {
      id: 'pack:unit/hafiz-saeed',
      name: 'Hafiz Saeed',
      type: 'person',
      description: 'A local teacher of the unit, named like two dataset people.',
    },
    {
      id: 'pack:unit/washington',
      name: 'Washington',
      type: 'person',
      role: 'A student club',
      aliases: ['Washington Club'],
    },
    {
      id: 'person/ashraf-ghani',
      aliases: ['Dr Ghani'],
      note: 'Compare his 2014 and 2019 campaigns.',
      link: 'https://example.org/ghani',
    },
  ],
};

const applied = applyPacks(base, [UNIT]);
const linked = (text: string, d = applied) => idsOf(d, annotateText(d, text));

describe('applyPacks', () => {
  it('links a pack entity through the real engine, by name and by its partial alias after the full name', () => {
    expect(linked('Zarina Karimi read in Nangarhar. Later Karimi spoke again.')).toEqual([
      'pack:unit/zarina-karimi',
      'place/admin1-af-18',
      'pack:unit/zarina-karimi',
    ]);
    expect(linked('Zarina Karimi read.', base)).toEqual([]);
  });

  it("links an existing entity by the pack's extra alias", () => {
    expect(linked('Dr Ghani arrived in Kabul.')).toContain('person/ashraf-ghani');
    expect(linked('Dr Ghani arrived.', base)).toEqual([]);
  });

  it("lets a pack's own name win over dataset entities of the same name on the page", () => {
    const text = 'Lashkar-e-Taiba was mentioned in Lahore, and Hafiz Saeed spoke.';
    expect(linked(text, base)).toContain('person/hafiz-muhammad-saeed');
    const withPack = linked(text);
    expect(withPack).toContain('pack:unit/hafiz-saeed');
    expect(withPack).not.toContain('person/hafiz-muhammad-saeed');
    // The dataset reading stays available to "Not this one".
    const m = annotateText(applied, text).find(
      (x) => applied.entities[x.entity]!.id === 'pack:unit/hafiz-saeed',
    )!;
    const others = m.evidence.others.map((o) => applied.entities[o.entity]!.id);
    expect(others).toContain('person/hafiz-muhammad-saeed');

    const capital = 'Bill Clinton flew home to Washington last night.';
    expect(linked(capital, base)).toContain('place/geonames-4140963');
    expect(linked(capital)).toContain('pack:unit/washington');
    // A longer dataset name still wins where it is written in full.
    expect(linked('Bill Clinton flew home to Washington, D.C. last night.')).toContain(
      'place/geonames-4140963',
    );
  });

  it('leaves the base dataset untouched and keeps every per-entity array in step', () => {
    const n = base.entities.length;
    expect(applied.entities.length).toBe(n + 3);
    expect(base.byId.has('pack:unit/hafiz-saeed')).toBe(false);
    expect(base.entities[base.byId.get('person/ashraf-ghani')!]!.aliases ?? []).not.toContain('Dr Ghani');
    for (const [k, v] of Object.entries(applied)) {
      const was = (base as unknown as Record<string, unknown>)[k];
      if (Array.isArray(was) && was.length === n) expect(v, k).toHaveLength(applied.entities.length);
    }
    expect(applyPacks(base, [])).toBe(base);
    const e = applied.entities[applied.byId.get('pack:unit/zarina-karimi')!]!;
    expect(e).toMatchObject({ prior: PACK_PRIOR, type: 'person', role: 'Poet from Nangarhar' });
    // Relations go both ways: the province now lists the poet.
    const province = applied.byId.get('place/admin1-af-18')!;
    expect(applied.related[province]).toContain(applied.byId.get('pack:unit/zarina-karimi'));
    expect(base.related[province]).not.toContain(applied.byId.get('pack:unit/zarina-karimi'));
    expect(applied.relatedCountries[applied.byId.get('pack:unit/zarina-karimi')!]).toEqual(['AF']);
  });

  it('gives a role from the pack title when the pack says none, and keeps the first of two packs with one id', () => {
    const again: Pack = {
      ...UNIT,
      title: 'Copy',
      entities: [{ id: 'pack:unit/hafiz-saeed', name: 'Other', type: 'person' }],
    };
    const d = applyPacks(base, [UNIT, again]);
    const e = d.entities[d.byId.get('pack:unit/hafiz-saeed')!]!;
    expect([e.name, e.role]).toEqual(['Hafiz Saeed', 'Borderlands unit']);
  });
});

describe('the index with packs', () => {
  const spans = (index: AliasIndex, text: string) =>
    selectSpans(text, scanText(text, index), index).map((x) => ({
      at: [x.start, x.end],
      key: x.key,
      candidates: x.candidates.map((c) => [c.entity, c.flags]).sort(),
    }));
  const added = new Map<string, PackEntry[]>([
    ['washington', [{ entity: 0, flags: 0 }]],
    ['zarina karimi', [{ entity: 1, flags: 32 }]],
    ['hafiz', [{ entity: 2, flags: 0 }]],
    ['kabul river', [{ entity: 3, flags: 0 }]],
  ]);
  const TEXTS = [
    'Hafiz Saeed and Hafiz met in Washington, D.C., then Zarina Karimi crossed the Kabul river to Kabul.',
    'Washington. Hafiz Muhammad Saeed. KABUL RIVER; zarina karimi',
  ];

  it('links a pack alias that opens in lower case (the scan lets lower-case walks on to it)', () => {
    const lower: Pack = {
      version: 1,
      id: 'lower',
      title: 'Lower case',
      author: 'Ms Teacher',
      description: 'A pack alias that opens in lower case.',
      entities: [
        {
          id: 'pack:lower/zorbanians',
          name: 'Zorbanian Assembly',
          type: 'organization',
          aliases: ['the Zorbanians'],
        },
      ],
    };
    expect(linked('A statement from the Zorbanians on Friday.', applyPacks(base, [lower]))).toContain(
      'pack:lower/zorbanians',
    );
  });

  it('laid over the dataset table, matches exactly as a full rebuild', () => {
    const over = overlayIndex(base.index, added)!;
    const full = rebuildIndex(base.index, base.commonWords, added);
    expect(over).not.toBeNull();
    for (const text of TEXTS) expect(spans(over, text)).toEqual(spans(full, text));
    const d1 = { ...base, index: over };
    const d2 = { ...base, index: full };
    for (const q of ['Washington', 'hafiz', 'Karimi', 'Kabul'])
      expect(searchEntities(d1, q, 20)).toEqual(searchEntities(d2, q, 20));
    // The dataset's own table is untouched.
    expect(spans(base.index, TEXTS[0]!).some((x) => x.key === 'zarina karimi')).toBe(false);
  });

  it('is rebuilt in full when the packs would fill the table', () => {
    const many = new Map<string, PackEntry[]>(
      Array.from({ length: base.index.mask }, (_, i) => [`name ${i}`, [{ entity: 0, flags: 0 }]]),
    );
    expect(overlayIndex(base.index, many)).toBeNull();
    const pack: Pack = {
      ...UNIT,
      entities: Array.from({ length: base.index.mask }, (_, i) => ({
        id: `pack:unit/p${i}`,
        name: `Person Number${i}`,
        type: 'person' as const,
      })),
    };
    const d = applyPacks(base, [pack]);
    expect(linked('Person Number7 met Person Number1999 in Kabul.', d)).toEqual(
      expect.arrayContaining(['pack:unit/p7']),
    );
    expect(linked('Lashkar-e-Taiba was mentioned in Lahore, and Hafiz Saeed spoke.', d)).toContain(
      'person/hafiz-muhammad-saeed',
    );
  });

  it('finds every key of an index by its hash', () => {
    base.index.keys.forEach((k, i) => expect(keyIdOf(base.index, k)).toBe(i));
    expect(keyIdOf(base.index, 'no such key')).toBe(-1);
  });
});

describe('withPackNotes', () => {
  it("shows a teacher's note on an existing entity's card, marked with the pack and its author", () => {
    const card = withPackNotes(buildCard(applied, applied.byId.get('person/ashraf-ghani')!), [UNIT]);
    expect(card.packNotes).toEqual([
      {
        packId: 'unit',
        packTitle: 'Borderlands unit',
        author: 'Ms Teacher',
        note: 'Compare his 2014 and 2019 campaigns.',
        link: 'https://example.org/ghani',
      },
    ]);
    expect(card.fromPack).toBeUndefined();
    expect(card.aliases).toContain('Dr Ghani');
  });

  it("marks a pack entity's card with its pack, with its description, link and relations", () => {
    const card = withPackNotes(buildCard(applied, applied.byId.get('pack:unit/zarina-karimi')!), [UNIT]);
    expect(card).toMatchObject({
      name: 'Zarina Karimi',
      description: 'A poet the unit reads.',
      fromPack: { id: 'unit', title: 'Borderlands unit', author: 'Ms Teacher' },
      packNotes: [
        { packTitle: 'Borderlands unit', author: 'Ms Teacher', note: 'Read her poem before class.' },
      ],
      sources: [{ title: 'example.org', url: 'https://example.org/karimi' }],
      related: [{ id: 'place/admin1-af-18', name: 'Nangarhar', relation: 'born in', type: 'place' }],
    });
  });

  it('adds nothing when no enabled pack speaks of the entity', () => {
    const card = buildCard(base, base.byId.get('armed-group/taliban')!);
    expect(withPackNotes(card, [UNIT])).toEqual(card);
  });
});

describe('import, preview and the stored list', () => {
  const text = JSON.stringify(UNIT);

  it('previews counts and the names the pack shares', () => {
    const r = importPack(text, { dataset: base });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preview).toMatchObject({
      id: 'unit',
      format: 'json',
      newEntities: 3,
      onExisting: 1,
      aliasesOnExisting: 1,
      replaces: null,
    });
    expect(r.preview.entities.slice(2)).toEqual([
      { id: 'pack:unit/washington', name: 'Washington', isNew: true },
      { id: 'person/ashraf-ghani', name: 'Ashraf Ghani', isNew: false },
    ]);
    expect(r.preview.conflicts.map((c) => `${c.alias} → ${c.with.id}`).sort()).toEqual([
      'Hafiz Saeed → person/hafiz-muhammad-saeed',
      'Hafiz Saeed → person/hafiz-saeed-khan',
      'Washington → place/geonames-2634715',
      'Washington → place/geonames-4140963',
    ]);
  });

  it('installs, replaces, enables, disables, exports and removes', () => {
    const t0 = new Date('2026-12-04T10:00:00Z');
    let list = installPack([], UNIT, t0);
    expect(list).toEqual([{ pack: UNIT, enabled: true, installedAt: t0.toISOString() }]);
    list = setPackEnabled(list, 'unit', false);
    expect(enabledPacks(list)).toEqual([]);
    const v2 = { ...UNIT, title: 'Borderlands unit, v2' };
    const r = importPack(JSON.stringify(v2), { dataset: base, installed: list });
    expect(r.ok && r.preview.replaces).toEqual({ title: 'Borderlands unit', author: 'Ms Teacher' });
    list = installPack(list, v2);
    expect(list).toHaveLength(1);
    expect(list[0]!.enabled).toBe(false); // a new version keeps the reader's on/off choice
    list = setPackEnabled(list, 'unit', true);
    expect(enabledPacks(list)).toEqual([v2]);
    const out = exportPack(v2);
    expect(out.fileName).toBe('unit.pack.json');
    const back = importPack(out.text, { dataset: base, fileName: out.fileName });
    expect(back.ok && back.pack).toEqual(v2);
    expect(removePack(list, 'unit')).toEqual([]);
    // An administrator's pack comes first and hides the reader's pack of the same id.
    const managed = { ...UNIT, title: 'Set by the school' };
    const other = { ...UNIT, id: 'other', entities: [] };
    expect(activePacks(installPack(list, other), [managed])).toEqual([managed, other]);
  });

  it('reads the stored list defensively and skips bad managed packs with a warning', () => {
    const stored = [
      { pack: UNIT, enabled: false, installedAt: 'x' },
      { pack: { id: 'broken' }, enabled: true },
      null,
    ];
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      expect(readStoredPacks(stored)).toEqual([{ pack: UNIT, enabled: false, installedAt: 'x' }]);
      expect(readStoredPacks('nonsense')).toEqual([]);
      expect(managedPacks([text, '{"version":1}'], base)).toEqual([UNIT]);
    } finally {
      console.warn = warn;
    }
    expect(warnings).toHaveLength(3);
  });
});
