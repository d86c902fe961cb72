/**
 * The notebook's stored shapes and the migrations between them (wired in
 * utils/notebook-storage.ts, tested in tests/unit/notes-migration.test.ts).
 *
 * Version 1 was a flat list of pins with no projects: each pin kept its card and a
 * list of pages, each page with the sentence and the date it was pinned, but no
 * publication date, and the same entity could be listed twice. Version 2 (the
 * current `Notebook`) groups pins into named projects with one active, keeps a card
 * per page, and holds one pin per entity.
 */
import type { CardSnapshot, EntityInfo, Notebook, PinnedEntity, Sighting, Stamp } from './model.ts';
import { newProject, pageKey } from './model.ts';

export interface PageV1 {
  url: string;
  title: string;
  sentence: string;
  /** Milliseconds since the epoch. */
  pinnedAt: number;
}

export interface PinV1 extends EntityInfo {
  card: CardSnapshot;
  pages: PageV1[];
}

export interface NotebookV1 {
  pins: PinV1[];
}

/** Version 1 → 2: every pin into one project, active; repeated entities and pages merged. */
export function migrateNotebookV1toV2(old: NotebookV1 | Notebook | null | undefined, stamp: Stamp): Notebook {
  // A current notebook whose version mark was lost is not version 1: "migrating" it would empty it.
  if (old && 'projects' in old) return old;
  const project = newProject('', stamp);
  const byId = new Map<string, PinnedEntity>();
  for (const { card, pages, ...entity } of old?.pins ?? []) {
    const pinned = byId.get(entity.id) ?? { ...entity, seen: [] };
    for (const page of pages) {
      if (pinned.seen.some((s) => pageKey(s.url) === pageKey(page.url))) continue;
      const sighting: Sighting = {
        url: page.url,
        title: page.title,
        sentence: page.sentence,
        pinnedAt: new Date(page.pinnedAt).toISOString(),
        card,
      };
      pinned.seen.push(sighting);
    }
    if (pinned.seen.length) byId.set(entity.id, pinned);
  }
  return { activeProjectId: project.id, projects: [{ ...project, pins: [...byId.values()] }] };
}
