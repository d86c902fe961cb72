/** The card for one entity: shared by the in-page popover and the toolbar popup. */
import type { EntityCard } from '../engine/card.ts';
import type { WireMention } from '../utils/protocol.ts';
import { t } from '../utils/i18n.ts';
import { LocatorMap } from './locator-map.tsx';

export interface EntityCardProps {
  card: EntityCard;
  evidence?: WireMention | undefined;
  onNavigate?: (id: string) => void;
  onBack?: (() => void) | undefined;
  onNotThis?: (() => void) | undefined;
  titleId?: string;
}

const MAX_FACTS = 6;

function TypeBadge({ card }: { card: EntityCard }) {
  return <span class={`badge badge-${card.type}`}>{t(`type_${card.type.replace('-', '_')}`)}</span>;
}

export function EntityCardView({ card, evidence, onNavigate, onBack, onNotThis, titleId }: EntityCardProps) {
  const facts = card.facts.slice(0, MAX_FACTS);
  return (
    <div class="card-body">
      <header class="card-header">
        {onBack && (
          <button type="button" class="back" onClick={onBack} aria-label={t('back')}>
            ←
          </button>
        )}
        <div class="heading">
          <h2 id={titleId} class="name">
            {card.name}
          </h2>
          <div class="role">
            <TypeBadge card={card} /> {card.role}
          </div>
          {card.aliases.length > 0 && (
            <div class="aka">
              {t('alsoKnownAs')} {card.aliases.slice(0, 5).join(', ')}
            </div>
          )}
        </div>
      </header>
      {card.geo && card.type === 'place' && (
        <LocatorMap lat={card.geo.lat} lon={card.geo.lon} cc={card.geo.cc} outline={card.outline} />
      )}
      <p class="description">{card.description}</p>
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map((f) => (
            <div class="fact" key={`${f.label}-${f.value}`}>
              <dt>{f.label}</dt>
              <dd>
                {f.refId && onNavigate ? (
                  <button type="button" class="link" onClick={() => onNavigate(f.refId!)}>
                    {f.value}
                  </button>
                ) : (
                  f.value
                )}
                {f.asOf && <span class="asof"> ({t('asOf', f.asOf)})</span>}
                {f.sourceUrl && (
                  <a
                    class="source-marker"
                    href={f.sourceUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={f.sourceUrl}
                  >
                    <span aria-hidden="true">↗</span>
                    <span class="sr-only">{t('source')}</span>
                  </a>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.designations.length > 0 && (
        <section class="designations" aria-label={t('designations')}>
          <h3>{t('designations')}</h3>
          <ul>
            {card.designations.map((d) => (
              <li key={`${d.authority}-${d.year}`}>
                {d.authority} {d.year}
                {d.list ? ` · ${d.list}` : ''}
                {d.revoked ? ` · ${t('revoked', String(d.revoked))}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.related.length > 0 && onNavigate && (
        <section class="related" aria-label={t('related')}>
          <h3>{t('related')}</h3>
          <ul>
            {card.related.slice(0, 8).map((r) => (
              <li key={r.id}>
                <button type="button" class="chip" onClick={() => onNavigate(r.id)}>
                  {r.name}
                </button>{' '}
                <span class="relation">{r.relation}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.sources.length > 0 && (
        <section class="sources">
          <h3>{t('sources')}</h3>
          <ul>
            {card.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {evidence && (
        <details class="why">
          <summary>{t('whyThis')}</summary>
          <p>
            {t('whyMatched', [evidence.alias, String(Math.round(evidence.score * 100))])}
            {evidence.runnerUp
              ? ` ${t('whyRunnerUp', [evidence.runnerUp.name, String(Math.round(evidence.runnerUp.score * 100))])}`
              : ''}
          </p>
          {onNotThis && (
            <button type="button" class="link" onClick={onNotThis}>
              {t('notThisOne')}
            </button>
          )}
        </details>
      )}
      <footer class="dataset">{t('datasetVersion', [card.dataset.version, card.dataset.asOf])}</footer>
    </div>
  );
}
