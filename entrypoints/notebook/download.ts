/**
 * Getting notes out of an extension page: Download saves a file through a blob URL
 * on an `<a download>`; Copy puts Markdown on the clipboard. The notebook page uses
 * these for a project, and the popup for the current page (`exportPageNotes`).
 */
import { notesFileName, NOTES_MIME, renderNotes, type NotesFormat } from '../../engine/notes/export.ts';
import type { PageRef, Project } from '../../engine/notes/model.ts';
import { notesForPages, type PageFindings } from '../../engine/notes/page-notes.ts';
import { newStamp } from '../../utils/notebook-storage.ts';

/** Save text as a file; the blob URL is revoked once the download has started. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save projects in a format, the file named after the first and today's date. */
export function downloadProjects(projects: readonly Project[], format: NotesFormat): void {
  const now = new Date().toISOString();
  downloadText(
    renderNotes(format, projects, now),
    notesFileName(projects[0]!, format, now),
    NOTES_MIME[format],
  );
}

/** Put the projects on the clipboard as Markdown; false when the clipboard refused. */
export async function copyMarkdown(projects: readonly Project[]): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(renderNotes('md', projects, new Date().toISOString()));
    return true;
  } catch {
    return false;
  }
}

/**
 * The popup's export of the current page: every entity on it as if pinned there
 * (`entities` in the order of first mention, each with its card and sentence), copied
 * as Markdown or downloaded in a format. Resolves false when the clipboard refused.
 */
export function exportPageNotes(
  page: PageRef,
  entities: PageFindings['entities'],
  action: 'copy' | NotesFormat,
): Promise<boolean> {
  const project = notesForPages(page.title, [{ page, entities }], newStamp());
  if (action === 'copy') return copyMarkdown([project]);
  downloadProjects([project], action);
  return Promise.resolve(true);
}
