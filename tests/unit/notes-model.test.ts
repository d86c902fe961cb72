import { describe, expect, it } from 'vitest';
import {
  activeProject,
  createProject,
  emptyNotebook,
  pin,
  pinnedPages,
  removeProject,
  removeSighting,
  renameProject,
  switchProject,
  undo,
  unpin,
  type Notebook,
} from '../../engine/notes/model.ts';
import { sentenceAround } from '../../engine/notes/sentence.ts';
import { pinInputFor, snapshotCard } from '../../engine/notes/snapshot.ts';
import { buildCard, type EntityCard } from '../../engine/card/card.ts';
import { tinyDataset } from './helpers/tiny-dataset.ts';
import { ghaniCard, pinOf, T0, T1 } from './notes-fixtures.ts';

const fresh = (): Notebook => emptyNotebook({ id: 'p1', now: T0 });

describe('notebook model', () => {
  it('pins an entity with the page, the sentence and the card shown', () => {
    const { notebook, outcome } = pin(fresh(), pinOf('person/ashraf-ghani', 'https://a.example/1'), T0);
    expect(outcome).toBe('new-entity');
    const [p] = activeProject(notebook).pins;
    expect(p).toMatchObject({ id: 'person/ashraf-ghani', name: 'Ashraf Ghani', type: 'person' });
    expect(p!.seen).toEqual([
      expect.objectContaining({
        url: 'https://a.example/1',
        title: 'Page https://a.example/1',
        published: '2021-08-15',
        sentence: 'Ashraf Ghani left Kabul.',
        pinnedAt: T0,
      }),
    ]);
    expect(p!.seen[0]!.card.facts[0]).toEqual({
      label: 'Position',
      value: 'President of Afghanistan',
      asOf: '2021-08-15',
      source: { url: 'https://en.wikipedia.org/wiki/Ashraf_Ghani', title: 'Wikipedia' },
    });
  });

  it('pinning the same entity on another page adds that page; on the same page changes nothing', () => {
    let nb = pin(fresh(), pinOf('person/ashraf-ghani', 'https://a.example/1'), T0).notebook;
    const again = pin(nb, pinOf('person/ashraf-ghani', 'https://a.example/1#comments'), T1);
    expect(again.outcome).toBe('already-pinned');
    expect(again.notebook).toBe(nb);
    const other = pin(nb, pinOf('person/ashraf-ghani', 'https://b.example/2'), T1);
    expect(other.outcome).toBe('new-page');
    nb = other.notebook;
    expect(activeProject(nb).pins).toHaveLength(1);
    expect(pinnedPages(nb, 'person/ashraf-ghani')).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  it('removes a pin and undo puts it back where it was', () => {
    let nb = fresh();
    for (const id of ['person/a', 'person/b', 'person/c'])
      nb = pin(nb, pinOf(id, 'https://a.example/1'), T0).notebook;
    const { notebook, removed } = unpin(nb, 'p1', 'person/b');
    expect(activeProject(notebook).pins.map((p) => p.id)).toEqual(['person/a', 'person/c']);
    expect(removed?.kind).toBe('pin');
    expect(undo(notebook, removed!)).toEqual(nb);
    expect(unpin(nb, 'p1', 'person/zzz').removed).toBeNull();
  });

  it('undo keeps what was pinned since: a re-pinned entity gets its old pages back', () => {
    let nb = pin(fresh(), pinOf('person/a', 'https://a.example/1'), T0).notebook;
    const { notebook, removed } = unpin(nb, 'p1', 'person/a');
    nb = pin(notebook, pinOf('person/a', 'https://b.example/2'), T1).notebook;
    expect(pinnedPages(undo(nb, removed!), 'person/a')).toEqual([
      'https://b.example/2',
      'https://a.example/1',
    ]);
  });

  it('removes one page of a pin, and the pin with its last page; undo restores the page in place', () => {
    let nb = fresh();
    for (const url of ['https://a.example/1', 'https://b.example/2', 'https://c.example/3']) {
      nb = pin(nb, pinOf('person/a', url), T0).notebook;
    }
    const r = removeSighting(nb, 'p1', 'person/a', 'https://b.example/2');
    expect(pinnedPages(r.notebook, 'person/a')).toEqual(['https://a.example/1', 'https://c.example/3']);
    expect(undo(r.notebook, r.removed!)).toEqual(nb);
    const single = pin(fresh(), pinOf('person/a', 'https://a.example/1'), T0).notebook;
    const last = removeSighting(single, 'p1', 'person/a', 'https://a.example/1');
    expect(last.removed?.kind).toBe('pin');
    expect(activeProject(last.notebook).pins).toEqual([]);
  });

  it('creates, renames and switches projects; pins go to the active one', () => {
    let nb = createProject(fresh(), '  Sahel  ', { id: 'p2', now: T1 });
    expect(nb.activeProjectId).toBe('p2');
    expect(activeProject(nb).name).toBe('Sahel');
    nb = pin(nb, pinOf('person/a', 'https://a.example/1'), T1).notebook;
    nb = renameProject(nb, 'p2', 'Sahel 2026');
    nb = switchProject(nb, 'p1');
    expect(activeProject(nb).pins).toEqual([]);
    expect(nb.projects.find((p) => p.id === 'p2')).toMatchObject({
      name: 'Sahel 2026',
      pins: [{ id: 'person/a' }],
    });
    expect(switchProject(nb, 'nope')).toBe(nb);
  });

  it('removes a project (the last one leaves an empty one) and undo brings it back active', () => {
    let nb = pin(fresh(), pinOf('person/a', 'https://a.example/1'), T0).notebook;
    nb = renameProject(nb, 'p1', 'Kabul');
    const { notebook, removed } = removeProject(nb, 'p1', { id: 'p9', now: T1 });
    expect(notebook.projects).toEqual([{ id: 'p9', name: '', createdAt: T1, pins: [] }]);
    expect(notebook.activeProjectId).toBe('p9');
    expect(undo(notebook, removed!)).toEqual(nb);

    const two = createProject(nb, 'Other', { id: 'p2', now: T1 });
    const r = removeProject(two, 'p2', { id: 'p9', now: T1 });
    expect(r.notebook.activeProjectId).toBe('p1');
    expect(undo(r.notebook, r.removed!)).toEqual(two);
  });
});

describe('snapshot of a card', () => {
  it('keeps label, value, dates and source of each fact, designations as facts, and the sources', () => {
    const snap = snapshotCard(ghaniCard);
    expect(snap.facts).toContainEqual({
      label: 'Population',
      value: '4,000,000',
      retrieved: '2026-09-07',
      source: { url: 'https://www.geonames.org/', title: 'GeoNames' },
    });
    // A fact with only a sourceUrl (older cards) is titled by its host.
    expect(snap.facts).toContainEqual({
      label: 'Born',
      value: '1949',
      source: { url: 'https://www.britannica.com/x', title: 'britannica.com' },
    });
    expect(snap.facts).toContainEqual({
      label: 'Designation (US)',
      value: 'Foreign Terrorist Organization, 2016, lifted 2020',
    });
    expect(snap.sources).toEqual(ghaniCard.sources);
    expect(snap.dataset).toEqual({ version: 'test', asOf: '2026-11-01' });
  });

  it('reads a real card: the one the extension builds fits CardLike', () => {
    const dataset = tinyDataset();
    for (let i = 0; i < dataset.entities.length; i++) {
      const card: EntityCard = buildCard(dataset, i);
      const snap = snapshotCard(card);
      expect(snap.facts.length).toBeGreaterThanOrEqual(card.facts.length);
      expect(snap.facts.slice(0, card.facts.length).map((f) => [f.label, f.value])).toEqual(
        card.facts.map((f) => [f.label, f.value]),
      );
      expect(snap.sources).toEqual(card.sources.map((src) => ({ url: src.url, title: src.title })));
    }
  });

  it('pinInputFor takes the sentence around the mention from the page text', () => {
    const text = 'Headline\n\nKabul fell. Ashraf Ghani left the city on Sunday. Crowds gathered.';
    const start = text.indexOf('Ashraf');
    const input = pinInputFor(ghaniCard, { url: 'https://a.example/', title: 'A' }, text, {
      start,
      end: start + 12,
    });
    expect(input.sentence).toBe('Ashraf Ghani left the city on Sunday.');
    expect(input.page).toEqual({ url: 'https://a.example/', title: 'A' });
    expect(input.entity).toEqual({
      id: 'person/ashraf-ghani',
      name: 'Ashraf Ghani',
      type: 'person',
      role: 'Former President of Afghanistan',
      description: 'Afghan politician.',
      wikipediaUrl: 'https://en.wikipedia.org/wiki/Ashraf_Ghani',
    });
  });
});

describe('sentenceAround', () => {
  const around = (text: string, name: string): string => {
    const i = text.indexOf(name);
    return sentenceAround(text, i, i + name.length);
  };

  it('stops at sentence ends but not after titles, initials or "U.S."', () => {
    const text = 'It rained. Gen. Mark Milley met Mr. Smith in the U.S. Capitol on Monday. Then he left.';
    expect(around(text, 'Milley')).toBe('Gen. Mark Milley met Mr. Smith in the U.S. Capitol on Monday.');
    expect(around('Kabul fell! Was Ghani gone? Yes.', 'Ghani')).toBe('Was Ghani gone?');
  });

  it('stays inside its paragraph and joins wrapped lines', () => {
    const text = 'KABUL (AP)\n\nThe Taliban entered\nthe capital on Sunday\n\nMore later';
    expect(around(text, 'Taliban')).toBe('The Taliban entered the capital on Sunday');
  });

  it('keeps closing quotes and handles Arabic punctuation', () => {
    expect(around('He said: “Kabul is calm.” Others disagreed.', 'Kabul')).toBe('He said: “Kabul is calm.”');
    expect(around('هل غادر غني كابول؟ نعم.', 'كابول')).toBe('هل غادر غني كابول؟');
  });

  it('cuts a very long sentence around the mention', () => {
    const text = `${'word '.repeat(200)}Ghani ${'word '.repeat(200)}.`;
    const s = sentenceAround(text, text.indexOf('Ghani'), text.indexOf('Ghani') + 5, 100);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s).toContain('Ghani');
    expect(s.length).toBeLessThanOrEqual(102);
  });
});
