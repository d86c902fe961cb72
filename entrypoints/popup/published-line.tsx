/** The page's publication date as detected, where it came from, and the reader's correction. */
import { useEffect, useState } from 'preact/hooks';
import type { PublishedDate } from '../../engine/page/published-date.ts';
import { t } from '../../utils/i18n.ts';
import { formatDay, pageDatesItem, pageKey } from '../../utils/page-dates.ts';
import { saveInBackground } from './save.ts';

export function PublishedLine({ url, detected }: { url: string; detected: PublishedDate | null }) {
  const [corrected, setCorrected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void pageDatesItem.getValue().then((all) => setCorrected(all[pageKey(url)]?.date ?? null));
  }, [url]);

  const save = async (date: string | null) => {
    if (!(await saveInBackground({ type: 'page-date', url, date }))) return;
    setCorrected(date);
    setEditing(false);
  };
  const shown = corrected ?? detected?.date ?? null;
  const where = corrected
    ? t('popupDateByYou')
    : detected
      ? t(`popupDateFrom_${detected.source.replace('-', '_')}`)
      : '';

  return (
    <p class="published" id="published">
      {shown ? (
        <>
          {t('popupPublished', formatDay(shown))} <span class="muted">({where})</span>
        </>
      ) : (
        t('popupNoDate')
      )}{' '}
      {editing ? (
        <form
          class="date-form"
          onSubmit={(e) => {
            e.preventDefault();
            const v = (e.currentTarget.elements.namedItem('date') as HTMLInputElement).value;
            if (v) void save(v);
          }}
        >
          <input type="date" name="date" aria-label={t('popupDateLabel')} value={shown ?? ''} required />
          <button type="submit">{t('popupDateSave')}</button>
        </form>
      ) : (
        <button type="button" class="link" id="change-date" onClick={() => setEditing(true)}>
          {shown ? t('popupDateChange') : t('popupDateSet')}
        </button>
      )}
      {corrected && !editing && (
        <button type="button" class="link" id="reset-date" onClick={() => void save(null)}>
          {t('popupDateReset')}
        </button>
      )}
    </p>
  );
}
