/** The toolbar popup: what this page names, a site switch, and an offline search. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityCardView } from '../../components/entity-card.tsx';
import { PlacesMap } from '../../components/places-map.tsx';
import type { PublishedDate } from '../../engine/page/published-date.ts';
import type { EntityCard } from '../../engine/card/card.ts';
import { browserSupport } from '../../utils/browser-support.ts';
import { t } from '../../utils/i18n.ts';
import type {
  ErrorResponse,
  BackgroundRequest,
  CardResponse,
  ContentRequest,
  PageEntitySummary,
  PageMentionsResponse,
  PlacesMapResponse,
  SearchHit,
  SearchResponse,
} from '../../utils/protocol.ts';
import { EMPTY_POLICY, getPolicy, isLocked, type ManagedPolicy } from '../../utils/policy.ts';
import { getSettings, isSiteEnabled, siteOf } from '../../utils/settings.ts';
import { LockIcon } from '../../components/locked-note.tsx';
import { EntityList } from './entity-list.tsx';
import { openNotebook, PageExport } from './page-export.tsx';
import { PublishedLine } from './published-line.tsx';
import { saveInBackground } from './save.ts';
import { ScopeLine, type ScopeInfo } from './scope-line.tsx';

const SUPPORT = browserSupport(globalThis, browser.runtime.getManifest());

/**
 * The tab the popup is about: the active one, or the one named by `?tab=N` when the
 * popup is opened as a page (Firefox's WebDriver has no command that opens a toolbar popup).
 */
async function activeTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function ask<T>(message: BackgroundRequest): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

export function PopupApp() {
  const [entities, setEntities] = useState<PageEntitySummary[] | null>(null);
  const [published, setPublished] = useState<PublishedDate | null | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<ScopeInfo>({});
  const [siteOn, setSiteOn] = useState(true);
  const [url, setUrl] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  /** The page's places map: undefined while it is asked for, null when there is none. */
  const [map, setMap] = useState<PlacesMapResponse | null | undefined>(undefined);
  const [card, setCard] = useState<EntityCard | null>(null);
  const [policy, setPolicy] = useState<ManagedPolicy>(EMPTY_POLICY);
  useEffect(() => void getPolicy().then(setPolicy), []);
  // A corrupt or mismatched data file is said here, not hidden behind an empty list.
  const [dataError, setDataError] = useState<string | null>(null);
  useEffect(
    () =>
      void ask<{ ok: true } | ErrorResponse>({ type: 'dataset-status' })
        .then((r) => setDataError(r.ok ? null : r.error))
        .catch(() => undefined),
    [],
  );
  // The switch writes the site lists; where the policy locks them it can only show the state.
  const switchLocked =
    isLocked(policy, 'denySites') || isLocked(policy, 'allowSites') || isLocked(policy, 'siteMode');

  const refresh = async () => {
    const tab = await activeTab();
    if (tab?.id === undefined) return setEntities([]);
    setTabId(tab.id);
    const request: ContentRequest = { type: 'page-mentions' };
    const res = (await browser.tabs
      .sendMessage(tab.id, request)
      .catch(() => null)) as PageMentionsResponse | null;
    const pageUrl = tab.url ?? res?.url ?? null;
    // Both at once: the switch is enabled by the URL, and must not show a stale state meanwhile.
    const on = isSiteEnabled(await getSettings(), siteOf(pageUrl ?? ''));
    setSiteOn(on);
    setUrl(pageUrl);
    setEntities(res?.entities ?? null);
    setPublished(res ? (res.published ?? null) : undefined);
    setTitle(res?.title ?? tab.title ?? '');
    setScope(res?.enabled ? res : {});
  };
  useEffect(() => void refresh(), []);

  useEffect(() => {
    if (query.trim().length < 2) return setHits([]);
    const id = setTimeout(() => {
      void ask<SearchResponse>({ type: 'search', query }).then((r) => setHits(r.ok ? r.hits : []));
    }, 120);
    return () => clearTimeout(id);
  }, [query]);

  // The map of the page's places, once the page's entities are known. Until it comes, its
  // box is kept (`map-slot`): a map appearing above the list would move the names under
  // the reader's pointer as they go to click one.
  useEffect(() => {
    const ids = (entities ?? []).filter((e) => e.type === 'place').map((e) => e.id);
    if (ids.length === 0) return setMap(null);
    setMap(undefined);
    void ask<PlacesMapResponse>({ type: 'places-map', ids })
      .then((r) => setMap(r.ok && r.points.length ? r : null))
      .catch(() => setMap(null));
  }, [entities]);

  const openCard = async (id: string) => {
    const r = await ask<CardResponse>({ type: 'card', id });
    setCard(r.ok ? r.card : null);
  };

  // The message leaves at the click, to the tab whose list this is: the popup closes as
  // soon as the page takes focus, and a look-up of the tab first could be lost with it.
  const showOnPage = (id: string) => {
    if (tabId === null) return;
    const request: ContentRequest = { type: 'show-mention', id };
    void browser.tabs
      .sendMessage(tabId, request)
      .catch(() => undefined)
      .then(() => window.close());
  };

  // The background writes it: the popup closes as the reader clicks back into the page, and
  // a write still waiting here on its reads would be lost with it. The message leaves now.
  const toggleSite = async (on: boolean) => {
    if (!url) return;
    setSiteOn(on);
    await saveInBackground({ type: 'site-switch', url, enabled: on });
    setTimeout(() => void refresh(), 300);
  };

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <main class="popup">
      <div class="row">
        <h1>{t('popupTitle')}</h1>
        {!policy.hide.includes('siteSwitch') && (
          <label class="switch">
            <input
              type="checkbox"
              checked={siteOn}
              disabled={!url || !siteOf(url) || switchLocked}
              aria-describedby={switchLocked ? 'switch-locked' : undefined}
              onChange={(e) => void toggleSite((e.target as HTMLInputElement).checked)}
            />
            {t('popupSiteOn')}
            {switchLocked && (
              <span class="locked" id="switch-locked" title={t('optionsLocked')}>
                <LockIcon />
                <span class="sr-only">{t('optionsLocked')}</span>
              </span>
            )}
          </label>
        )}
      </div>
      {!SUPPORT.supported && (
        <p class="too-old" role="alert">
          {t('popupTooOld', [SUPPORT.family, SUPPORT.minVersion])}
        </p>
      )}
      {dataError && (
        <p class="too-old" id="data-error" role="alert">
          {t('popupDataError', dataError)}
        </p>
      )}
      {url && published !== undefined && <PublishedLine url={url} detected={published} />}
      {url && scope.scope && (
        <ScopeLine url={url} info={scope} locked={isLocked(policy, 'scope')} onChange={refresh} />
      )}
      <input
        type="search"
        placeholder={t('popupSearch')}
        aria-label={t('popupSearch')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {card ? (
        <div class="nc-card">
          <EntityCardView
            card={card}
            onNavigate={(id) => void openCard(id)}
            onBack={() => setCard(null)}
            titleId="popup-card"
          />
        </div>
      ) : hits.length > 0 ? (
        <EntityList
          items={hits.map((h) => ({ id: h.id, name: h.name, type: h.type, detail: h.role }))}
          onPick={(id) => void openCard(id)}
        />
      ) : entities === null ? (
        <p class="muted">{t('popupUnavailable')}</p>
      ) : entities.length === 0 ? (
        <p class="muted">{t('popupNothing')}</p>
      ) : (
        <>
          {map ? (
            <PlacesMap points={map.points} outlines={map.outlines} onPick={showOnPage} />
          ) : (
            map === undefined &&
            entities.some((e) => e.type === 'place') && <div class="places-map map-slot" aria-hidden="true" />
          )}
          <EntityList
            items={entities.map((e) => ({ id: e.id, name: e.name, type: e.type, detail: String(e.count) }))}
            onPick={showOnPage}
          />
        </>
      )}
      <footer class="popup-footer">
        {url && entities && entities.length > 0 && !policy.hide.includes('export') && (
          <PageExport
            page={{ url, title, ...(published ? { published: published.date } : {}) }}
            entities={entities}
          />
        )}
        <button type="button" class="options-link" id="open-notebook" onClick={() => void openNotebook()}>
          {t('popupNotebook')}
        </button>
        {!policy.hide.includes('options') && (
          <button type="button" class="options-link" id="open-options" onClick={() => void openOptions()}>
            {t('popupOptions')}
          </button>
        )}
      </footer>
    </main>
  );
}
