/** The popup's research notes for this page: copy them as Markdown or download a file; open the notebook. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EntityCard } from '../../engine/card/card.ts';
import type { PageRef } from '../../engine/notes/model.ts';
import { t } from '../../utils/i18n.ts';
import type { BackgroundRequest, CardResponse, PageEntitySummary } from '../../utils/protocol.ts';
import { exportPageNotes } from '../notebook/download.ts';

type Action = 'copy' | 'md' | 'csv' | 'json';

async function cardOf(id: string): Promise<EntityCard | null> {
  const request: BackgroundRequest = { type: 'card', id };
  const r = (await browser.runtime.sendMessage(request)) as CardResponse | undefined;
  return r?.ok ? r.card : null;
}

export function PageExport({ page, entities }: { page: PageRef; entities: PageEntitySummary[] }) {
  const [status, setStatus] = useState('');
  const run = async (action: Action) => {
    const found = await Promise.all(
      entities.map(async (e) => ({ card: await cardOf(e.id), sentence: e.sentence ?? '' })),
    );
    const ok = await exportPageNotes(
      page,
      found.flatMap((f) => (f.card ? [{ card: f.card, sentence: f.sentence }] : [])),
      action,
    );
    setStatus(ok ? t(action === 'copy' ? 'popupExportCopied' : 'popupExportSaved') : t('popupExportFailed'));
  };
  return (
    <div class="page-export" role="group" aria-label={t('popupExportPage')}>
      <span>{t('popupExportPage')}:</span>{' '}
      <button type="button" id="export-copy" onClick={() => void run('copy')}>
        {t('popupExportCopy')}
      </button>
      {(['md', 'csv', 'json'] as const).map((f) => (
        <button type="button" key={f} id={`export-${f}`} onClick={() => void run(f)}>
          {f.toUpperCase()}
        </button>
      ))}
      <span class="muted" role="status" id="export-status">
        {status}
      </span>
    </div>
  );
}

export async function openNotebook(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
  window.close();
}
