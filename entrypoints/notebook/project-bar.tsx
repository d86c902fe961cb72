/** The project controls: switch, create, rename and remove (one project is active at a time). */
import { useState } from 'preact/hooks';
import { activeProject, type Notebook, type Project } from '../../engine/notes/model.ts';
import { t } from '../../utils/i18n.ts';

export const projectLabel = (p: Project): string => p.name || t('notebookUntitled');

interface Props {
  notebook: Notebook;
  onSwitch: (id: string) => void;
  onCreate: (name: string) => void;
  onRename: (name: string) => void;
  onRemove: () => void;
}

/** A one-field form that names a project (new or renamed); Escape or Cancel closes it. */
function NameForm(props: {
  id: string;
  initial: string;
  submit: string;
  onDone: (name: string | null) => void;
}) {
  const [name, setName] = useState(props.initial);
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        props.onDone(name.trim());
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onDone(null)}
    >
      <label for={props.id}>{t('notebookProjectNameLabel')}</label>
      <input
        type="text"
        id={props.id}
        value={name}
        maxLength={200}
        // The form opens on the reader's request: the field is where they type next.
        autoFocus
        onInput={(e) => setName((e.target as HTMLInputElement).value)}
      />
      <button type="submit">{props.submit}</button>
      <button type="button" onClick={() => props.onDone(null)}>
        {t('notebookCancel')}
      </button>
    </form>
  );
}

export function ProjectBar({ notebook, onSwitch, onCreate, onRename, onRemove }: Props) {
  const [mode, setMode] = useState<'idle' | 'create' | 'rename'>('idle');
  const active = activeProject(notebook);
  return (
    <section class="block" aria-labelledby="project-heading">
      <h2 id="project-heading">{t('notebookProjectHeading')}</h2>
      <div class="row">
        <label for="project-select">{t('notebookProjectLabel')}</label>
        <select
          id="project-select"
          value={active.id}
          onChange={(e) => onSwitch((e.target as HTMLSelectElement).value)}
        >
          {notebook.projects.map((p) => (
            <option key={p.id} value={p.id}>
              {t('notebookProjectOption', [projectLabel(p), String(p.pins.length)])}
            </option>
          ))}
        </select>
        <button type="button" id="project-new" onClick={() => setMode('create')}>
          {t('notebookNewProject')}
        </button>
        <button type="button" id="project-rename" onClick={() => setMode('rename')}>
          {t('notebookRename')}
        </button>
        <button type="button" id="project-remove" class="danger" onClick={onRemove}>
          {t('notebookRemoveProject')}
        </button>
      </div>
      {mode !== 'idle' && (
        <NameForm
          id="project-name"
          initial={mode === 'rename' ? active.name : ''}
          submit={mode === 'create' ? t('notebookCreate') : t('notebookSaveName')}
          onDone={(name) => {
            if (name !== null) (mode === 'create' ? onCreate : onRename)(name);
            setMode('idle');
            document.getElementById(mode === 'create' ? 'project-new' : 'project-rename')?.focus();
          }}
        />
      )}
    </section>
  );
}
