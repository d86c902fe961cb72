/**
 * The options page. Every control saves at once to the one settings item
 * (utils/settings.ts); open pages follow the change without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n.ts';
import { applyPolicy, EMPTY_POLICY, getPolicy, isLocked, type ManagedPolicy } from '../../utils/policy.ts';
import {
  DEFAULT_SETTINGS,
  getSettings,
  saveSettings,
  settingsItem,
  type Settings,
} from '../../utils/settings.ts';
import { TYPE_COLOURS } from '../../utils/type-colours.ts';
import { ClassPacks } from './class-packs.tsx';
import { HighlightPreview } from './highlight-preview.tsx';
import { LockedNote, LockIcon } from '../../components/locked-note.tsx';
import { clampDelay, DELAY_STEP_MS, MAX_DELAY_MS, MIN_DELAY_MS, TYPE_ORDER, typeKey } from './logic.ts';
import { RadioGroup } from './radio-group.tsx';
import { SiteList } from './site-list.tsx';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [policy, setPolicy] = useState<ManagedPolicy>(EMPTY_POLICY);

  useEffect(() => {
    void getPolicy().then(setPolicy);
    void getSettings().then(setSettings);
    // Changes made elsewhere (the popup's site switch, another options tab) show up here too.
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  /** Apply a change to the latest stored value (not a stale copy), show it, and save it. */
  const update = async (change: (s: Settings) => Settings, message = t('optionsSaved')) => {
    const next = change(await getSettings());
    setSettings(next);
    await saveSettings(next);
    setStatus(message);
  };

  if (!settings) return <main class="options" aria-busy="true" />;
  if (policy.hide.includes('options')) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <LockedNote id="options-hidden" text={t('optionsManagedHidden')} />
      </main>
    );
  }
  const locked = (key: Parameters<typeof isLocked>[1]) => isLocked(policy, key);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsTypesLegend')}</legend>
        {TYPE_ORDER.some((type) => isLocked(policy, 'enabledTypes', type)) && (
          <LockedNote id="types-locked" />
        )}
        {TYPE_ORDER.map((type) => {
          const id = `type-${type}`;
          return (
            <div class="choice" key={type}>
              <input
                type="checkbox"
                id={id}
                name="type"
                value={type}
                checked={settings.enabledTypes[type]}
                disabled={isLocked(policy, 'enabledTypes', type)}
                aria-describedby={isLocked(policy, 'enabledTypes', type) ? `${id}-locked` : undefined}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  void update((s) => ({ ...s, enabledTypes: { ...s.enabledTypes, [type]: on } }));
                }}
              />
              <span class="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />
              <label for={id}>{t(typeKey(type))}</label>
              {isLocked(policy, 'enabledTypes', type) && (
                <span class="locked" id={`${id}-locked`}>
                  <LockIcon /> {t('optionsLocked')}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      <RadioGroup
        name="highlightStyle"
        legend={t('optionsStyleLegend')}
        value={settings.highlightStyle}
        locked={locked('highlightStyle')}
        options={[
          { value: 'underline', label: t('optionsStyleUnderline') },
          { value: 'background', label: t('optionsStyleBackground') },
          { value: 'none', label: t('optionsStyleNone') },
        ]}
        onChange={(highlightStyle) => void update((s) => ({ ...s, highlightStyle }))}
      >
        <HighlightPreview settings={settings} />
      </RadioGroup>

      <RadioGroup
        name="mentions"
        legend={t('optionsMentionsLegend')}
        value={settings.firstMentionOnly ? 'first' : 'every'}
        locked={locked('firstMentionOnly')}
        options={[
          { value: 'every', label: t('optionsMentionsEvery') },
          { value: 'first', label: t('optionsMentionsFirst') },
        ]}
        onChange={(v) => void update((s) => ({ ...s, firstMentionOnly: v === 'first' }))}
      />

      <RadioGroup
        name="scope"
        legend={t('optionsScopeLegend')}
        value={settings.scope}
        locked={locked('scope')}
        options={[
          { value: 'article', label: t('optionsScopeArticle') },
          { value: 'page', label: t('optionsScopePage') },
        ]}
        onChange={(scope) => void update((s) => ({ ...s, scope }))}
      >
        <p class="hint">{t('optionsScopeHint')}</p>
      </RadioGroup>

      <section class="block" aria-labelledby="hover-delay-label">
        <h2>
          <label id="hover-delay-label" for="hover-delay">
            {t('optionsDelayLabel')}
          </label>
        </h2>
        <p class="hint" id="hover-delay-hint">
          {t('optionsDelayHint')}
        </p>
        {locked('hoverDelayMs') && <LockedNote id="delay-locked" />}
        <div class="delay-row">
          <input
            type="range"
            id="hover-delay"
            min={MIN_DELAY_MS}
            max={MAX_DELAY_MS}
            step={DELAY_STEP_MS}
            value={settings.hoverDelayMs}
            disabled={locked('hoverDelayMs')}
            aria-describedby="hover-delay-hint"
            aria-valuetext={t('optionsDelayValue', String(settings.hoverDelayMs))}
            onInput={(e) => {
              const hoverDelayMs = clampDelay((e.target as HTMLInputElement).value);
              void update((s) => ({ ...s, hoverDelayMs }));
            }}
          />
          <input
            type="number"
            id="hover-delay-ms"
            min={MIN_DELAY_MS}
            max={MAX_DELAY_MS}
            step={10}
            value={settings.hoverDelayMs}
            disabled={locked('hoverDelayMs')}
            aria-labelledby="hover-delay-label hover-delay-unit"
            onChange={(e) => {
              const el = e.target as HTMLInputElement;
              const hoverDelayMs = clampDelay(el.value);
              el.value = String(hoverDelayMs);
              void update((s) => ({ ...s, hoverDelayMs }));
            }}
          />
          <span id="hover-delay-unit">{t('optionsMilliseconds')}</span>
        </div>
      </section>

      <RadioGroup
        name="siteMode"
        legend={t('optionsSiteModeLegend')}
        value={settings.siteMode}
        locked={locked('siteMode')}
        options={[
          { value: 'all', label: t('optionsSiteModeAll') },
          { value: 'allowlist', label: t('optionsSiteModeAllowlist') },
        ]}
        onChange={(siteMode) => void update((s) => ({ ...s, siteMode }))}
      />

      <SiteList
        id="allow-sites"
        title={t('optionsAllowTitle')}
        hint={t('optionsAllowHint')}
        addLabel={t('optionsAllowAdd')}
        hosts={settings.allowSites}
        locked={locked('allowSites')}
        onChange={(allowSites) => void update((s) => ({ ...s, allowSites }))}
      />
      <SiteList
        id="deny-sites"
        title={t('optionsDenyTitle')}
        hint={t('optionsDenyHint')}
        addLabel={t('optionsDenyAdd')}
        hosts={settings.denySites}
        locked={locked('denySites')}
        onChange={(denySites) => void update((s) => ({ ...s, denySites }))}
      />

      <ClassPacks />

      <div class="footer">
        <button
          type="button"
          id="reset"
          onClick={() =>
            void update(
              () => applyPolicy(null, structuredClone(DEFAULT_SETTINGS), policy),
              t('optionsResetDone'),
            )
          }
        >
          {t('optionsReset')}
        </button>
        <p class="status" role="status" id="status">
          {status}
        </p>
      </div>
    </main>
  );
}
