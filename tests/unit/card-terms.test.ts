/** The card's terms, holders, sources and "then" (engine/card/card.ts, card-terms.ts) on the compiled dataset. */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../engine/card/card.ts';
import { heldOn, thenOn } from '../../engine/card/card-terms.ts';
import { STALE_BEFORE } from '../../engine/card/fact-dating.ts';
import { searchEntities } from '../../engine/match/search.ts';
import { loadNodeDataset } from '../../scripts/lib/artefacts.ts';

const d = loadNodeDataset();
const card = (id: string, date?: string) => buildCard(d, d.byId.get(id)!, date ? { date } : {});

describe('a person on a date', () => {
  it('Ashraf Ghani held no office on 15 Nov 2021; his presidency ended on 15 Aug 2021', () => {
    const best = searchEntities(d, 'Ashraf Ghani', 1)[0]!;
    expect(d.entities[best]!.id).toBe('person/ashraf-ghani');
    const ghani = card('person/ashraf-ghani', '2021-11-15');
    expect(ghani.terms).toContainEqual(
      expect.objectContaining({ office: 'President of Afghanistan', from: '2014-09-29', to: '2021-08-15' }),
    );
    expect(ghani.then?.date).toBe('2021-11-15');
    expect(ghani.then?.offices).toEqual([]);
    expect(ghani.then?.former).toMatchObject({ office: 'President of Afghanistan', to: '2021-08-15' });
    // Before the handover he held it.
    expect(card('person/ashraf-ghani', '2021-08-14').then?.offices.map((o) => o.office)).toEqual([
      'President of Afghanistan',
    ]);
  });
  it('every term cites an https source and has an asOf', () => {
    for (const t of card('person/ashraf-ghani').terms ?? []) {
      expect(t.source.url).toMatch(/^https:\/\//);
      expect(t.asOf).toMatch(/^\d{4}/);
    }
  });
});

describe('a group on a date', () => {
  it("IS-K's leader on 15 Nov 2021 was Shahab al-Muhajir", () => {
    const isk = card('armed-group/islamic-state-khorasan-province', '2021-11-15');
    expect(isk.then?.leaders.map((l) => l.holderName)).toEqual(['Shahab al-Muhajir']);
    // Before him, Aslam Farooqi.
    expect(
      card('armed-group/islamic-state-khorasan-province', '2019-12-01').then?.leaders.map(
        (l) => l.holderName,
      ),
    ).toEqual(['Aslam Farooqi']);
  });
  it('lists holders current first, then the latest', () => {
    const holders = card('armed-group/islamic-state-khorasan-province').holders ?? [];
    const names = holders.map((h) => h.holderName);
    expect(names.indexOf('Shahab al-Muhajir')).toBeLessThan(names.indexOf('Aslam Farooqi'));
    expect(holders.findIndex((h) => h.to)).toBeGreaterThan(holders.findIndex((h) => !h.to));
  });
  it("derives the group's leader fact from the term, with its source", () => {
    const fact = card('armed-group/islamic-state-khorasan-province').facts.find(
      (f) => f.refId === 'person/shahab-al-muhajir',
    );
    expect(fact?.source?.url).toMatch(/^https:\/\//);
    expect(fact?.asOf).toBeTruthy();
  });
});

describe('facts with their sources and dates', () => {
  it('carry source {url, title} where they have one', () => {
    const fact = card('person/sirajuddin-haqqani').facts.find((f) => f.label === 'Position');
    expect(fact?.source).toEqual({ url: expect.stringMatching(/^https:\/\//), title: expect.any(String) });
  });
  it(`mark an open-ended time-sensitive fact confirmed before ${STALE_BEFORE} as stale, not a fixed one`, () => {
    for (const e of d.entities.slice(0, 2000)) {
      for (const f of buildCard(d, d.byId.get(e.id)!).facts) {
        if (f.stale) expect(f.asOf! < STALE_BEFORE).toBe(true);
        if (f.label === 'Born' || f.label === 'Founded') expect(f.stale).toBeUndefined();
      }
    }
  });
});

describe('heldOn and thenOn', () => {
  const t = { from: '2014-09-29', to: '2021-08-15', asOf: '2021-08-15' };
  it('a term holds from its first day up to, not including, its last', () => {
    expect(heldOn(t, '2014-09-28')).toBe(false);
    expect(heldOn(t, '2014-09-29')).toBe(true);
    expect(heldOn(t, '2021-08-14')).toBe(true);
    expect(heldOn(t, '2021-08-15')).toBe(false);
  });
  it('a term with no start is known only from its asOf on', () => {
    expect(heldOn({ asOf: '2024-06-01' }, '2021-11-15')).toBe(false);
    expect(heldOn({ asOf: '2024-06-01' }, '2025-01-01')).toBe(true);
  });
  it('works on a card built without a date (the view uses it for the article date)', () => {
    const ghani = card('person/ashraf-ghani');
    expect(ghani.then).toBeUndefined();
    expect(thenOn(ghani, '2021-11-15').offices).toEqual([]);
  });
});
