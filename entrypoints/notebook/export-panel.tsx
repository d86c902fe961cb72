/**
 * Export the active project (Copy puts Markdown on the clipboard; Download saves a file
 * through a blob URL) and import a notes file (merged, never overwriting).
 */
import { useState } from 'preact/hooks';
import type { NotesFormat } from '../../engine/notes/export.ts';
import type { Project } from '../../engine/notes/model.ts';
import { t } from '../../utils/i18n.ts';
import { copyMarkdown, downloadProjects } from './download.ts';

interface Props {
  project: Project;
  /** The administrator's policy hides export: only import is offered. */
  exportHidden: boolean;
  onImport: (fileName: string, text: string) => void;
  onStatus: (message: string) => void;
}

const DOWNLOADS: { format: NotesFormat; key: string }[] = [
  { format: 'md', key: 'notebookDownloadMd' },
  { format: 'csv', key: 'notebookDownloadCsv' },
  { format: 'json', key: 'notebookDownloadJson' },
];

export function ExportPanel({ project, exportHidden, onImport, onStatus }: Props) {
  const [reading, setReading] = useState(false);
  const copy = async () =>
    onStatus(t((await copyMarkdown([project])) ? 'notebookCopied' : 'notebookCopyFailed'));
  return (
    <section class="block" aria-labelledby="export-heading">
      <h2 id="export-heading">{t(exportHidden ? 'notebookImportHeading' : 'notebookExportHeading')}</h2>
      {!exportHidden && (
        <>
          <p class="hint">{t('notebookExportHint')}</p>
          <div class="row">
            <button type="button" id="copy-md" onClick={() => void copy()}>
              {t('notebookCopyMarkdown')}
            </button>
            {DOWNLOADS.map(({ format, key }) => (
              <button
                type="button"
                key={format}
                id={`download-${format}`}
                onClick={() => downloadProjects([project], format)}
              >
                {t(key)}
              </button>
            ))}
          </div>
        </>
      )}
      <div class="row">
        <label for="import-file">{t('notebookImportLabel')}</label>
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          disabled={reading}
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setReading(true);
            try {
              onImport(file.name, await file.text());
            } finally {
              input.value = '';
              setReading(false);
            }
          }}
        />
      </div>
    </section>
  );
}
