/**
 * Class packs on the options page: import a JSON or CSV pack with a preview before
 * anything changes, then enable, disable, export or remove it. The background checks
 * packs against the dataset it owns; a pack it refuses changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LockIcon } from '../../components/locked-note.tsx';
import type { PackPreview } from '../../engine/packs/preview.ts';
import { t } from '../../utils/i18n.ts';
import type {
  BackgroundRequest,
  ErrorResponse,
  PackErrorsResponse,
  PackExportResponse,
  PackPreviewResponse,
  PackSummary,
  PacksListResponse,
} from '../../utils/protocol.ts';

type Reply =
  PacksListResponse | PackPreviewResponse | PackExportResponse | PackErrorsResponse | ErrorResponse;

async function ask(request: BackgroundRequest): Promise<Reply> {
  return (await browser.runtime.sendMessage(request)) as Reply;
}

const errorsOf = (r: Reply): string[] => ('errors' in r ? r.errors : 'error' in r ? [r.error] : []);

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ClassPacks() {
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [file, setFile] = useState<{ text: string; fileName: string } | null>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const show = (r: Reply, done?: string) => {
    if ('packs' in r) setPacks(r.packs);
    setErrors(errorsOf(r));
    if (r.ok && done) setStatus(done);
  };
  useEffect(() => void ask({ type: 'packs-list' }).then((r) => show(r)), []);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setPreview(null);
    setStatus('');
    const next = { text: await chosen.text(), fileName: chosen.name };
    const r = await ask({ type: 'pack-preview', ...next });
    setErrors(errorsOf(r));
    if ('preview' in r) {
      setFile(next);
      setPreview(r.preview);
    } else setFile(null);
  };

  const install = async () => {
    if (!file) return;
    const r = await ask({ type: 'pack-install', ...file });
    show(r, t('packInstalled', preview?.title ?? file.fileName));
    if (r.ok) {
      setFile(null);
      setPreview(null);
    }
  };

  return (
    <section class="block" aria-labelledby="packs-title" id="class-packs">
      <h2 id="packs-title">{t('packsTitle')}</h2>
      <p class="hint">{t('packsHint')}</p>
      <label class="file-button">
        {t('packsImport')}{' '}
        <input
          type="file"
          id="pack-file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {errors.length > 0 && (
        <div class="error" role="alert" id="pack-errors">
          <p>{t('packRefused', String(errors.length))}</p>
          <ul>
            {errors.slice(0, 20).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div class="pack-preview" id="pack-preview" aria-live="polite">
          <h3>{t('packPreviewTitle', [preview.title, preview.author])}</h3>
          <p>{t('packPreviewCounts', [String(preview.newEntities), String(preview.onExisting)])}</p>
          {preview.replaces && <p>{t('packPreviewReplaces', preview.replaces.title)}</p>}
          {preview.conflicts.length > 0 && (
            <>
              <p>{t('packPreviewConflicts', String(preview.conflicts.length))}</p>
              <ul class="conflicts">
                {preview.conflicts.slice(0, 8).map((c) => (
                  <li key={`${c.alias}-${c.with.id}`}>
                    “{c.alias}” · {c.with.name}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" id="pack-install" onClick={() => void install()}>
            {t('packInstall')}
          </button>{' '}
          <button type="button" onClick={() => (setPreview(null), setFile(null))}>
            {t('packCancel')}
          </button>
        </div>
      )}
      <PackList packs={packs} onReply={show} />
      <p class="status" role="status" id="packs-status">
        {status}
      </p>
    </section>
  );
}

function PackList({ packs, onReply }: { packs: PackSummary[]; onReply: (r: Reply, done?: string) => void }) {
  if (!packs.length) return <p class="muted">{t('packsNone')}</p>;
  const exportPack = async (id: string) => {
    const r = await ask({ type: 'pack-export', id });
    if ('text' in r) download(r.fileName, r.text);
    else onReply(r);
  };
  return (
    <ul class="packs" id="packs-list">
      {packs.map((p) => (
        <li key={p.id} data-pack={p.id}>
          <input
            type="checkbox"
            id={`pack-${p.id}`}
            checked={p.enabled}
            disabled={p.managed}
            onChange={(e) =>
              void ask({ type: 'pack-set-enabled', id: p.id, enabled: e.currentTarget.checked }).then((r) =>
                onReply(r),
              )
            }
          />
          <label for={`pack-${p.id}`}>
            <strong>{p.title}</strong> · {p.author} · {t('packEntities', String(p.entities))}
          </label>
          {p.managed ? (
            <span class="locked">
              <LockIcon /> {t('optionsLocked')}
            </span>
          ) : (
            <>
              <button type="button" onClick={() => void exportPack(p.id)}>
                {t('packExport')}
              </button>
              <button
                type="button"
                aria-label={t('packRemoveNamed', p.title)}
                onClick={() => void ask({ type: 'pack-remove', id: p.id }).then((r) => onReply(r))}
              >
                {t('packRemove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
