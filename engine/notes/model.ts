/**
 * The research notebook (issue 13 §1): named projects, one active, each holding the
 * entities a reader pinned with every page where each was seen and what the card
 * said there. Plain data and pure functions: the content script, the background,
 * the notebook page, the CLI and the tests share them. Identifiers and clocks are
 * passed in, so every function is deterministic.
 */
import type { EntityType } from '../types.ts';

export interface SourceRef {
  url: string;
  title: string;
}

/** One fact as the card showed it. */
export interface FactSnapshot {
  label: string;
  value: string;
  /** The date on which the value was known to hold. */
  asOf?: string;
  /** For a source that does not date its values (GeoNames): when it was read. */
  retrieved?: string;
  /** Shown as "last confirmed …" rather than as current. */
  stale?: boolean;
  source?: SourceRef;
}

/** What the card showed at the moment of pinning: its facts and its sources. */
export interface CardSnapshot {
  facts: FactSnapshot[];
  sources: SourceRef[];
  /** The dataset release the card came from. */
  dataset?: { version: string; asOf: string };
}

/** A page, as the notebook keeps it. */
export interface PageRef {
  url: string;
  title: string;
  /** The page's publication date (YYYY-MM-DD), when it states one. */
  published?: string;
}

/** Where an entity was seen: the page, the sentence around the mention, and the card shown there. */
export interface Sighting extends PageRef {
  sentence: string;
  /** ISO 8601 date-time. */
  pinnedAt: string;
  card: CardSnapshot;
}

/** Who or what an entity is, from its card. */
export interface EntityInfo {
  id: string;
  name: string;
  type: EntityType;
  role: string;
  description: string;
  wikipediaUrl?: string;
}

export interface PinnedEntity extends EntityInfo {
  /** In the order they were pinned; one per page (address without its fragment). */
  seen: Sighting[];
}

export interface Project {
  id: string;
  /** As the reader named it; empty for an unnamed project (the UI shows a localised placeholder). */
  name: string;
  createdAt: string;
  pins: PinnedEntity[];
}

export interface Notebook {
  activeProjectId: string;
  /** Never empty. */
  projects: Project[];
}

/** Everything one press of Pin records. */
export interface PinInput {
  entity: EntityInfo;
  page: PageRef;
  sentence: string;
  card: CardSnapshot;
}

/** A fresh identifier and the current time (ISO 8601), given by the caller. */
export interface Stamp {
  id: string;
  now: string;
}

export type PinOutcome = 'new-entity' | 'new-page' | 'already-pinned';

/** What a removal took away, kept so that it can be put back. */
export type Removal =
  | { kind: 'pin'; projectId: string; index: number; pin: PinnedEntity }
  | { kind: 'sighting'; projectId: string; entity: EntityInfo; index: number; sighting: Sighting }
  | { kind: 'project'; index: number; project: Project; wasActive: boolean; replacementId?: string };

/** The key of a page: its address without the fragment. */
export const pageKey = (url: string): string => {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
};

export function newProject(name: string, stamp: Stamp): Project {
  return { id: stamp.id, name: name.trim(), createdAt: stamp.now, pins: [] };
}

export function emptyNotebook(stamp: Stamp): Notebook {
  return { activeProjectId: stamp.id, projects: [newProject('', stamp)] };
}

/** The active project (the first one if the active id is stale). */
export function activeProject(nb: Notebook): Project {
  return nb.projects.find((p) => p.id === nb.activeProjectId) ?? nb.projects[0]!;
}

function withProject(nb: Notebook, id: string, change: (p: Project) => Project): Notebook {
  return { ...nb, projects: nb.projects.map((p) => (p.id === id ? change(p) : p)) };
}

const hasPage = (pin: PinnedEntity, url: string): boolean =>
  pin.seen.some((s) => pageKey(s.url) === pageKey(url));

/**
 * `incoming`'s pages added to `pin` where it has no sighting of that page yet; what
 * is already there is never replaced. Returns how many pages were added.
 */
export function mergeSightings(pin: PinnedEntity, incoming: readonly Sighting[]): [PinnedEntity, number] {
  const added = incoming.filter(
    (s, i) => !hasPage(pin, s.url) && incoming.findIndex((o) => pageKey(o.url) === pageKey(s.url)) === i,
  );
  return added.length ? [{ ...pin, seen: [...pin.seen, ...added] }, added.length] : [pin, 0];
}

/** Pin an entity seen on a page into the active project. Pinning it on another page adds that page. */
export function pin(nb: Notebook, input: PinInput, now: string): { notebook: Notebook; outcome: PinOutcome } {
  const project = activeProject(nb);
  const sighting: Sighting = { ...input.page, sentence: input.sentence, pinnedAt: now, card: input.card };
  const existing = project.pins.find((p) => p.id === input.entity.id);
  if (!existing) {
    const pinned: PinnedEntity = { ...input.entity, seen: [sighting] };
    return {
      notebook: withProject(nb, project.id, (p) => ({ ...p, pins: [...p.pins, pinned] })),
      outcome: 'new-entity',
    };
  }
  if (hasPage(existing, input.page.url)) return { notebook: nb, outcome: 'already-pinned' };
  // The entity's name, role and description follow its latest card.
  const updated: PinnedEntity = { ...existing, ...input.entity, seen: [...existing.seen, sighting] };
  return {
    notebook: withProject(nb, project.id, (p) => ({
      ...p,
      pins: p.pins.map((x) => (x.id === existing.id ? updated : x)),
    })),
    outcome: 'new-page',
  };
}

/** Whether an entity is pinned in the active project, and on which pages. */
export function pinnedPages(nb: Notebook, entityId: string): string[] {
  const pinned = activeProject(nb).pins.find((p) => p.id === entityId);
  return pinned ? pinned.seen.map((s) => pageKey(s.url)) : [];
}

/** Remove a pinned entity (every page it was seen on) from a project. */
export function unpin(
  nb: Notebook,
  projectId: string,
  entityId: string,
): { notebook: Notebook; removed: Removal | null } {
  const project = nb.projects.find((p) => p.id === projectId);
  const index = project ? project.pins.findIndex((p) => p.id === entityId) : -1;
  if (!project || index < 0) return { notebook: nb, removed: null };
  return {
    notebook: withProject(nb, projectId, (p) => ({ ...p, pins: p.pins.filter((_, i) => i !== index) })),
    removed: { kind: 'pin', projectId, index, pin: project.pins[index]! },
  };
}

/** Remove one page from a pinned entity; removing its last page removes the pin. */
export function removeSighting(
  nb: Notebook,
  projectId: string,
  entityId: string,
  url: string,
): { notebook: Notebook; removed: Removal | null } {
  const pinned = nb.projects.find((p) => p.id === projectId)?.pins.find((p) => p.id === entityId);
  const index = pinned ? pinned.seen.findIndex((s) => pageKey(s.url) === pageKey(url)) : -1;
  if (!pinned || index < 0) return { notebook: nb, removed: null };
  if (pinned.seen.length === 1) return unpin(nb, projectId, entityId);
  const { seen, ...entity } = pinned;
  const rest = { ...pinned, seen: seen.filter((_, i) => i !== index) };
  return {
    notebook: withProject(nb, projectId, (p) => ({
      ...p,
      pins: p.pins.map((x) => (x.id === entityId ? rest : x)),
    })),
    removed: { kind: 'sighting', projectId, entity, index, sighting: seen[index]! },
  };
}

/**
 * Remove a whole project. The notebook always keeps one: removing the last leaves a
 * new empty one (made with `stamp`). Another project becomes active if this one was.
 */
export function removeProject(
  nb: Notebook,
  projectId: string,
  stamp: Stamp,
): { notebook: Notebook; removed: Removal | null } {
  const index = nb.projects.findIndex((p) => p.id === projectId);
  if (index < 0) return { notebook: nb, removed: null };
  const project = nb.projects[index]!;
  const wasActive = activeProject(nb).id === projectId;
  const rest = nb.projects.filter((_, i) => i !== index);
  const replacement = rest.length ? undefined : newProject('', stamp);
  const projects = replacement ? [replacement] : rest;
  const activeProjectId = wasActive ? projects[Math.min(index, projects.length - 1)]!.id : nb.activeProjectId;
  return {
    notebook: { activeProjectId, projects },
    removed: {
      kind: 'project',
      index,
      project,
      wasActive,
      ...(replacement ? { replacementId: replacement.id } : {}),
    },
  };
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Put back what a removal took, where it was. Whatever was added since is kept:
 * a pin that was pinned again gets its removed pages back beside the new ones.
 * Returns the notebook unchanged when there is nowhere to put it back (its project is gone).
 */
export function undo(nb: Notebook, removed: Removal): Notebook {
  if (removed.kind === 'project') {
    if (nb.projects.some((p) => p.id === removed.project.id)) return nb;
    // The empty project made to replace it goes again, unless something was pinned into it.
    const projects = nb.projects.filter((p) => p.id !== removed.replacementId || p.pins.length > 0);
    return {
      activeProjectId: removed.wasActive || !projects.length ? removed.project.id : nb.activeProjectId,
      projects: insertAt(projects, removed.index, removed.project),
    };
  }
  const project = nb.projects.find((p) => p.id === removed.projectId);
  if (!project) return nb;
  const restored: PinnedEntity =
    removed.kind === 'pin' ? removed.pin : { ...removed.entity, seen: [removed.sighting] };
  const current = project.pins.find((p) => p.id === restored.id);
  if (!current) {
    const index = removed.kind === 'pin' ? removed.index : project.pins.length;
    return withProject(nb, project.id, (p) => ({ ...p, pins: insertAt(p.pins, index, restored) }));
  }
  const seen =
    removed.kind === 'sighting' && !hasPage(current, removed.sighting.url)
      ? insertAt(current.seen, removed.index, removed.sighting)
      : mergeSightings(current, restored.seen)[0].seen;
  return withProject(nb, project.id, (p) => ({
    ...p,
    pins: p.pins.map((x) => (x.id === current.id ? { ...current, seen } : x)),
  }));
}

/** Add a project and make it the active one. */
export function createProject(nb: Notebook, name: string, stamp: Stamp): Notebook {
  return { activeProjectId: stamp.id, projects: [...nb.projects, newProject(name, stamp)] };
}

export function renameProject(nb: Notebook, projectId: string, name: string): Notebook {
  return withProject(nb, projectId, (p) => ({ ...p, name: name.trim() }));
}

export function switchProject(nb: Notebook, projectId: string): Notebook {
  return nb.projects.some((p) => p.id === projectId) ? { ...nb, activeProjectId: projectId } : nb;
}

/** The latest card an entity was pinned with: what exports show as its key facts. */
export const latestCard = (pin: PinnedEntity): CardSnapshot => pin.seen[pin.seen.length - 1]!.card;
