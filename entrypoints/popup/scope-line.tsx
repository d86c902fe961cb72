/**
 * What the page's scan reads (issue #12): "Reading the article (1,240 words)" or
 * "Reading the whole page", and the per-site choice between the two. The content
 * script watches the settings, so the page follows the choice at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LockIcon } from '../../components/locked-note.tsx';
import { saveInBackground } from './save.ts';
import { t } from '../../utils/i18n.ts';
import type { PageMentionsResponse } from '../../utils/protocol.ts';
import { getSettings, scopeFor, settingsItem, siteOf, type ReadScope } from '../../utils/settings.ts';

export type ScopeInfo = Pick<PageMentionsResponse, 'scope' | 'articleWords' | 'pageReason'>;

/** A count in the browser's language: 1,240 in English, 1 240 in French. */
export function formatCount(n: number, locale = browser.i18n.getUILanguage()): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

export function ScopeLine({
  url,
  info,
  locked,
  onChange,
}: {
  url: string;
  info: ScopeInfo;
  /** The administrator's policy fixes the scope: shown, not changeable. */
  locked: boolean;
  /** Called after the choice is saved, so the popup can ask the page again. */
  onChange: () => unknown;
}) {
  const site = siteOf(url);
  // The setting in force for the site (not what the page reports, which lags while it re-reads).
  const [chosen, setChosen] = useState<ReadScope | null>(null);
  const [own, setOwn] = useState(false);
  useEffect(() => {
    const read = () =>
      void getSettings().then((s) => {
        setChosen(scopeFor(s, site));
        setOwn(site !== null && s.siteScopes?.[site] !== undefined);
      });
    read();
    return settingsItem.watch(read);
  }, [site]);

  const line =
    info.scope === 'article'
      ? t('popupScopeArticle', formatCount(info.articleWords ?? 0))
      : info.pageReason === 'no-article'
        ? t('popupScopePageNoArticle')
        : own
          ? t('popupScopePageSite')
          : t('popupScopePageSetting');

  const choose = async (scope: ReadScope) => {
    const before = chosen;
    setChosen(scope);
    // Not saved: the line shows the setting still in force.
    if (!(await saveInBackground({ type: 'site-scope', url, scope }))) return setChosen(before);
    // The page re-reads itself from the settings; ask it again once it has, and once more
    // for a long page whose names take longer to come back.
    setTimeout(onChange, 300);
    setTimeout(onChange, 1200);
  };

  return (
    <p class="published scope-line" id="scope-line">
      <span id="scope-text">{line}</span>{' '}
      {site && chosen && (
        <button
          type="button"
          class="link"
          id="scope-switch"
          disabled={locked}
          aria-describedby={locked ? 'scope-locked' : undefined}
          onClick={() => void choose(chosen === 'article' ? 'page' : 'article')}
        >
          {chosen === 'article' ? t('popupScopeToPage') : t('popupScopeToArticle')}
        </button>
      )}
      {locked && (
        <span class="locked" id="scope-locked" title={t('optionsLocked')}>
          <LockIcon />
          <span class="sr-only">{t('optionsLocked')}</span>
        </span>
      )}
    </p>
  );
}
