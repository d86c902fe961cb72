/**
 * Research notes for whole pages, as if every entity found on them had been pinned
 * there: the popup's export of the current page and `npm run notes` make their
 * projects with this, then render them with engine/notes/export.ts.
 */
import { activeProject, emptyNotebook, pin, type PageRef, type Project, type Stamp } from './model.ts';
import { entityInfo, snapshotCard, type CardLike } from './snapshot.ts';

export interface PageFindings {
  page: PageRef;
  /** Each entity found on the page, in the order of first mention, with the sentence around that mention. */
  entities: { card: CardLike; sentence: string }[];
}

export function notesForPages(name: string, pages: readonly PageFindings[], stamp: Stamp): Project {
  let notebook = emptyNotebook(stamp);
  for (const { page, entities } of pages) {
    for (const { card, sentence } of entities) {
      notebook = pin(
        notebook,
        { entity: entityInfo(card), page, sentence, card: snapshotCard(card) },
        stamp.now,
      ).notebook;
    }
  }
  return { ...activeProject(notebook), name: name.trim() };
}
