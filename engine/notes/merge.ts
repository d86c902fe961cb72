/**
 * Importing notes into a notebook: a merge that never overwrites. Projects are matched
 * by id; an entity already pinned in a project keeps what it has and gains only the
 * pages it lacks. The report says exactly what was added.
 */
import { mergeSightings, type Notebook, type PinnedEntity, type Project } from './model.ts';

export interface MergeReport {
  /** Names of the projects added whole (renamed when the name was taken). */
  projectsAdded: string[];
  /** Entities added, to projects already there or in the projects added. */
  entitiesAdded: number;
  /** Pages added to entities that were already pinned. */
  pagesAdded: number;
  /** Pages the notebook already had, kept as they were. */
  pagesKept: number;
}

export const nothingAdded = (r: MergeReport): boolean =>
  r.projectsAdded.length === 0 && r.entitiesAdded === 0 && r.pagesAdded === 0;

/** `pins` merged into `into`, counting what was added. */
function mergePins(
  into: readonly PinnedEntity[],
  pins: readonly PinnedEntity[],
  report: MergeReport,
): PinnedEntity[] {
  const out = [...into];
  for (const incoming of pins) {
    const at = out.findIndex((p) => p.id === incoming.id);
    if (at < 0) {
      out.push(mergeSightings({ ...incoming, seen: [] }, incoming.seen)[0]);
      report.entitiesAdded++;
      continue;
    }
    const [merged, added] = mergeSightings(out[at]!, incoming.seen);
    out[at] = merged;
    report.pagesAdded += added;
    report.pagesKept += incoming.seen.length - added;
  }
  return out;
}

/** A name not used by any project: "Name", else "Name (2)", "Name (3)"… */
function freeName(name: string, projects: readonly Project[]): string {
  const taken = new Set(projects.map((p) => p.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`.toLowerCase())) return `${name} (${n})`;
}

/** Merge imported projects into the notebook. The active project does not change. */
export function mergeNotebook(
  nb: Notebook,
  incoming: readonly Project[],
): { notebook: Notebook; report: MergeReport } {
  const report: MergeReport = { projectsAdded: [], entitiesAdded: 0, pagesAdded: 0, pagesKept: 0 };
  const projects = [...nb.projects];
  for (const project of incoming) {
    const at = projects.findIndex((p) => p.id === project.id);
    if (at >= 0) {
      projects[at] = { ...projects[at]!, pins: mergePins(projects[at]!.pins, project.pins, report) };
      continue;
    }
    const name = project.name ? freeName(project.name, projects) : '';
    projects.push({ ...project, name, pins: mergePins([], project.pins, report) });
    report.projectsAdded.push(name);
  }
  return { notebook: { ...nb, projects }, report };
}
