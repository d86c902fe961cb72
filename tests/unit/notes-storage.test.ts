import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateNotebookV1toV2, type NotebookV1 } from '../../engine/notes/migrate.ts';
import { activeProject, createProject, emptyNotebook, pin, type Notebook } from '../../engine/notes/model.ts';
import { snapshotCard } from '../../engine/notes/snapshot.ts';
import {
  NotebookStore,
  notebookItem,
  pinToNotebook,
  saveErrorOf,
  type NotebookArea,
} from '../../utils/notebook-storage.ts';
import { ghaniCard, pinOf, T0, T1 } from './notes-fixtures.ts';

const card = snapshotCard(ghaniCard);
const V1: NotebookV1 = {
  pins: [
    {
      id: 'person/ashraf-ghani',
      name: 'Ashraf Ghani',
      type: 'person',
      role: 'President of Afghanistan',
      description: 'Afghan politician.',
      card,
      pages: [
        { url: 'https://a.example/1', title: 'One', sentence: 'Ghani spoke.', pinnedAt: Date.parse(T0) },
        { url: 'https://a.example/1#top', title: 'One', sentence: 'Ghani spoke.', pinnedAt: Date.parse(T0) },
      ],
    },
    {
      id: 'place/kabul',
      name: 'Kabul',
      type: 'place',
      role: 'Capital of Afghanistan',
      description: '',
      card,
      pages: [{ url: 'https://a.example/1', title: 'One', sentence: 'In Kabul.', pinnedAt: Date.parse(T0) }],
    },
    // The same entity listed again (version 1 allowed it), from another page.
    {
      id: 'person/ashraf-ghani',
      name: 'Ashraf Ghani',
      type: 'person',
      role: 'Former President of Afghanistan',
      description: 'Afghan politician.',
      card,
      pages: [
        { url: 'https://b.example/2', title: 'Two', sentence: 'Ghani left.', pinnedAt: Date.parse(T1) },
      ],
    },
  ],
};

describe('notebook migration 1 → 2', () => {
  it('puts every pin into one active project, merging repeated entities and pages', () => {
    const nb = migrateNotebookV1toV2(V1, { id: 'p1', now: T1 });
    expect(nb.activeProjectId).toBe('p1');
    expect(nb.projects).toHaveLength(1);
    expect(nb.projects[0]).toMatchObject({ id: 'p1', name: '', createdAt: T1 });
    const pins = nb.projects[0]!.pins;
    expect(pins.map((p) => p.id)).toEqual(['person/ashraf-ghani', 'place/kabul']);
    expect(pins[0]!.seen).toEqual([
      { url: 'https://a.example/1', title: 'One', sentence: 'Ghani spoke.', pinnedAt: T0, card },
      { url: 'https://b.example/2', title: 'Two', sentence: 'Ghani left.', pinnedAt: T1, card },
    ]);
  });

  it('migrates an empty or missing version-1 value to an empty project', () => {
    expect(migrateNotebookV1toV2({ pins: [] }, { id: 'p', now: T0 }).projects[0]!.pins).toEqual([]);
    expect(migrateNotebookV1toV2(null, { id: 'p', now: T0 }).projects).toHaveLength(1);
  });

  it('upgrades a stored version-1 value when the extension updates, losing nothing', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ notebook: V1, notebook$: { v: 1 } });
    await notebookItem.migrate();
    const nb = (await notebookItem.getValue())!;
    expect(activeProject(nb).pins.map((p) => [p.id, p.seen.length])).toEqual([
      ['person/ashraf-ghani', 2],
      ['place/kabul', 1],
    ]);
    expect(await fakeBrowser.storage.local.get('notebook$')).toEqual({ notebook$: { v: 2 } });
  });
});

/** A storage area in memory that can be made to fail as a full storage area does. */
class FakeArea implements NotebookArea {
  value: Notebook | null = null;
  full = false;
  writes = 0;
  async getValue() {
    return this.value && structuredClone(this.value);
  }
  async setValue(v: Notebook) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.value = structuredClone(v);
  }
}

describe('notebook storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells a full storage area from another failure', () => {
    expect(saveErrorOf(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    expect(saveErrorOf(new Error('QUOTA_BYTES quota exceeded')).kind).toBe('quota');
    expect(saveErrorOf(new Error('IO error')).kind).toBe('failed');
  });

  it('pinToNotebook saves a pin into the active project, starting a notebook when there is none', async () => {
    const area = new FakeArea();
    expect(await pinToNotebook(pinOf('person/a', 'https://a.example/1'), area, T0)).toEqual({
      ok: true,
      outcome: 'new-entity',
    });
    expect(await pinToNotebook(pinOf('person/a', 'https://a.example/1'), area, T1)).toEqual({
      ok: true,
      outcome: 'already-pinned',
    });
    expect(await pinToNotebook(pinOf('person/a', 'https://b.example/2'), area, T1)).toEqual({
      ok: true,
      outcome: 'new-page',
    });
    expect(area.writes).toBe(2);
    expect(activeProject(area.value!).pins[0]!.seen).toHaveLength(2);
  });

  it('pinToNotebook reports a full storage area and leaves the stored notebook as it was', async () => {
    const area = new FakeArea();
    await pinToNotebook(pinOf('person/a', 'https://a.example/1'), area, T0);
    const before = structuredClone(area.value);
    area.full = true;
    const r = await pinToNotebook(pinOf('person/b', 'https://a.example/1'), area, T1);
    expect(r).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(area.value).toEqual(before);
  });

  it('works on the real storage item (fake browser)', async () => {
    await pinToNotebook(pinOf('person/a', 'https://a.example/1'), notebookItem, T0);
    expect(activeProject((await notebookItem.getValue())!).pins.map((p) => p.id)).toEqual(['person/a']);
  });

  it('a store keeps a change it could not save, says why, and saves it on retry', async () => {
    const area = new FakeArea();
    area.value = emptyNotebook({ id: 'p1', now: T0 });
    const store = await NotebookStore.open(area);
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.unsaved));

    area.full = true;
    const failed = await store.update((nb) => pin(nb, pinOf('person/a', 'https://a.example/1'), T1).notebook);
    expect(failed.error?.kind).toBe('quota');
    expect(failed.unsaved).toBe(1);
    // The page still shows the change; storage does not have it.
    expect(activeProject(failed.notebook).pins.map((p) => p.id)).toEqual(['person/a']);
    expect(activeProject(area.value).pins).toEqual([]);

    // A second change while full waits too, on top of the first.
    const second = await store.update((nb) => createProject(nb, 'Sahel', { id: 'p2', now: T1 }));
    expect(second.unsaved).toBe(2);
    expect(second.notebook.projects.map((p) => p.id)).toEqual(['p1', 'p2']);

    area.full = false;
    const saved = await store.retry();
    expect(saved.error).toBeNull();
    expect(saved.unsaved).toBe(0);
    expect(area.value).toEqual(saved.notebook);
    expect(area.value!.projects[0]!.pins.map((p) => p.id)).toEqual(['person/a']);
    expect(seen).toContain(0);
    store.close();
  });

  it('a store saves on top of what another tab pinned meanwhile', async () => {
    const area = new FakeArea();
    area.value = emptyNotebook({ id: 'p1', now: T0 });
    const store = await NotebookStore.open(area);
    await pinToNotebook(pinOf('person/from-tab', 'https://a.example/1'), area, T0);
    const s = await store.update((nb) => pin(nb, pinOf('person/here', 'https://b.example/2'), T1).notebook);
    expect(activeProject(s.notebook).pins.map((p) => p.id)).toEqual(['person/from-tab', 'person/here']);
    expect(area.value).toEqual(s.notebook);
  });
});
