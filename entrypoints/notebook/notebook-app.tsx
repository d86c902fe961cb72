/**
 * The research notebook page: the active project's pinned entities with where each
 * was seen, filters and search, removal with undo, projects, export and import.
 * Every change is shown at once and saved through `NotebookStore`, which keeps what
 * it could not save (a full storage area) and says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeNotebook, nothingAdded, type MergeReport } from '../../engine/notes/merge.ts';
import {
  activeProject,
  createProject,
  removeProject,
  removeSighting,
  renameProject,
  switchProject,
  undo,
  unpin,
  type Notebook,
  type Removal,
} from '../../engine/notes/model.ts';
import { parseNotesFile } from '../../engine/notes/schema.ts';
import { t } from '../../utils/i18n.ts';
import { getPolicy } from '../../utils/policy.ts';
import { newStamp, NotebookStore, saveErrorMessage, type StoreState } from '../../utils/notebook-storage.ts';
import { downloadProjects } from './download.ts';
import { ExportPanel } from './export-panel.tsx';
import { Filters } from './filters.tsx';
import { filterPins, NO_FILTER, pagesOf, type PinFilter } from './logic.ts';
import { PinList } from './pin-list.tsx';
import { ProjectBar, projectLabel } from './project-bar.tsx';

type Removed = { removal: Removal; message: string };

function importMessage(fileName: string, r: MergeReport): string {
  if (nothingAdded(r)) return t('notebookImportNothing', fileName);
  return t('notebookImportAdded', [
    fileName,
    String(r.projectsAdded.length),
    String(r.entitiesAdded),
    String(r.pagesAdded),
    String(r.pagesKept),
  ]);
}

export function NotebookApp() {
  const [store, setStore] = useState<NotebookStore | null>(null);
  const [state, setState] = useState<StoreState | null>(null);
  const [filter, setFilter] = useState<PinFilter>(NO_FILTER);
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [exportHidden, setExportHidden] = useState(false);
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const pinsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let open: NotebookStore | null = null;
    void NotebookStore.open().then((s) => {
      open = s;
      setStore(s);
      setState(s.state);
      s.subscribe(setState);
    });
    return () => open?.close();
  }, []);

  useEffect(() => void getPolicy().then((p) => setExportHidden(p.hide.includes('export'))), []);

  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  if (!store || !state) return <main class="notebook" aria-busy="true" />;
  const nb = state.notebook;
  const project = activeProject(nb);
  const shown = filterPins(project.pins, filter);
  const pages = pagesOf(project.pins);

  const change = (fn: (n: Notebook) => Notebook, message = '') => {
    setStatus(message);
    void store.update(fn);
  };
  /** A removal: applied to the latest notebook, with what it took kept for Undo. */
  const remove = (fn: (n: Notebook) => { notebook: Notebook; removed: Removal | null }, message: string) => {
    const { removed: removal } = fn(nb);
    if (!removal) return;
    setRemoved({ removal, message });
    change((n) => fn(n).notebook, message);
  };
  const restore = () => {
    if (!removed) return;
    const { removal } = removed;
    setRemoved(null);
    change((n) => undo(n, removal), t('notebookRestored'));
    pinsHeading.current?.focus();
  };
  const importFile = (file: string, text: string) => {
    const parsed = parseNotesFile(text);
    if (!parsed.ok) {
      setImportErrors({ file, errors: parsed.errors });
      setStatus(t('notebookImportFailed', file));
      return;
    }
    setImportErrors(null);
    change(
      (n) => mergeNotebook(n, parsed.projects).notebook,
      importMessage(file, mergeNotebook(nb, parsed.projects).report),
    );
  };

  return (
    <main class="notebook">
      <h1>{t('notebookTitle')}</h1>

      {state.error && (
        <div class="alert" role="alert" id="save-error">
          <p>{saveErrorMessage(state.error)}</p>
          <p class="muted">{t('notebookUnsaved', String(state.unsaved))}</p>
          <div class="row">
            <button type="button" id="save-retry" onClick={() => void store.retry()}>
              {t('notebookRetry')}
            </button>
            {!exportHidden && (
              <button type="button" id="save-export" onClick={() => downloadProjects(nb.projects, 'json')}>
                {t('notebookExportAll')}
              </button>
            )}
          </div>
        </div>
      )}

      <ProjectBar
        notebook={nb}
        onSwitch={(id) => {
          setFilter(NO_FILTER);
          change((n) => switchProject(n, id));
        }}
        onCreate={(name) => {
          const stamp = newStamp();
          setFilter(NO_FILTER);
          change((n) => createProject(n, name, stamp), t('notebookCreated', name || t('notebookUntitled')));
        }}
        onRename={(name) => change((n) => renameProject(n, project.id, name))}
        onRemove={() => {
          const stamp = newStamp();
          setFilter(NO_FILTER);
          remove(
            (n) => removeProject(n, project.id, stamp),
            t('notebookRemovedProject', projectLabel(project)),
          );
        }}
      />

      <div class="row">
        <p class="status" role="status" id="status">
          {status}
        </p>
        {removed && (
          <button type="button" id="undo" ref={undoButton} onClick={restore}>
            {t('notebookUndo')}
          </button>
        )}
      </div>

      <section class="block" aria-labelledby="pins-heading">
        <h2 id="pins-heading" ref={pinsHeading} tabIndex={-1}>
          {t('notebookPinnedHeading', projectLabel(project))}
        </h2>
        {project.pins.length === 0 ? (
          <p class="hint" id="empty">
            {t('notebookEmpty')}
          </p>
        ) : (
          <>
            <Filters filter={filter} pages={pages} onChange={setFilter} />
            <p class="muted" id="shown-count">
              {t('notebookShowing', [String(shown.length), String(project.pins.length)])}
            </p>
            {shown.length === 0 && <p class="hint">{t('notebookNoMatch')}</p>}
            <PinList
              pins={shown}
              onRemovePin={(pin) =>
                remove((n) => unpin(n, project.id, pin.id), t('notebookRemoved', pin.name))
              }
              onRemovePage={(pin, s) =>
                remove(
                  (n) => removeSighting(n, project.id, pin.id, s.url),
                  t('notebookRemovedPage', pin.name),
                )
              }
            />
          </>
        )}
      </section>

      <ExportPanel project={project} exportHidden={exportHidden} onImport={importFile} onStatus={setStatus} />

      {importErrors && (
        <section class="block" aria-labelledby="import-errors-heading" id="import-errors">
          <h2 id="import-errors-heading">{t('notebookImportFailed', importErrors.file)}</h2>
          <ul class="errors">
            {importErrors.errors.slice(0, 20).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
