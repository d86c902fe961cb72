/** The card for one entity: shared by the in-page popover and the toolbar popup. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard } from '../engine/card/card.ts';
import type { PackCard } from '../engine/packs/card-notes.ts';
import type { Alternative, WireMention } from '../utils/protocol.ts';
import { t } from '../utils/i18n.ts';
import {
  factDate,
  factNote,
  HoldersList,
  MAX_TERMS,
  NoteCounter,
  NoteRef,
  NotesList,
  termNote,
  ThenLine,
  TermsList,
} from './card-time.tsx';
import { LocatorMap } from './locator-map.tsx';
import { PackNotes } from './pack-notes.tsx';

export interface EntityCardProps {
  /** The card, with the notes of the active class packs when it has any. */
  card: PackCard;
  evidence?: WireMention | undefined;
  onNavigate?: (id: string) => void;
  onBack?: (() => void) | undefined;
  /** "Not this one": another entity for the mention, or `null` for "not a link". */
  onChoose?: ((id: string | null) => void) | undefined;
  titleId?: string;
  /** The article's date (YYYY-MM-DD), when the page states one: the card says what held then. */
  articleDate?: string | null | undefined;
}

const MAX_FACTS = 6;

function TypeBadge({ card }: { card: EntityCard }) {
  return <span class={`badge badge-${card.type}`}>{t(`type_${card.type.replace('-', '_')}`)}</span>;
}

/** "Why this?": the evidence for the link, and "Not this one" with the other readings. */
function WhyThis({ evidence, onChoose }: { evidence: WireMention; onChoose?: EntityCardProps['onChoose'] }) {
  const [choosing, setChoosing] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (choosing) first.current?.focus();
  }, [choosing]);
  const alternatives: Alternative[] =
    evidence.alternatives ?? (evidence.runnerUp ? [{ ...evidence.runnerUp, type: evidence.type }] : []);
  const score = (s: number) => String(Math.round(s * 100));
  return (
    <details class="why" open={choosing || undefined}>
      <summary>{t('whyThis')}</summary>
      <p>
        {evidence.chosen
          ? t('whyChosen', evidence.alias)
          : t('whyMatched', [evidence.alias, score(evidence.score)])}
        {evidence.runnerUp && !evidence.chosen
          ? ` ${t('whyRunnerUp', [evidence.runnerUp.name, score(evidence.runnerUp.score)])}`
          : ''}
      </p>
      {onChoose && !choosing && (
        <button type="button" class="link not-this" onClick={() => setChoosing(true)}>
          {t('notThisOne')}
        </button>
      )}
      {onChoose && choosing && (
        <div class="choices" role="group" aria-label={t('notThisOneGroup', evidence.alias)}>
          {alternatives.length > 0 && <p class="choices-prompt">{t('notThisOnePrompt', evidence.alias)}</p>}
          <ul>
            {alternatives.map((a, i) => (
              <li key={a.id}>
                <button
                  type="button"
                  class="chip choice"
                  data-entity-id={a.id}
                  ref={i === 0 ? first : undefined}
                  onClick={() => onChoose(a.id)}
                >
                  {a.name}
                </button>{' '}
                <span class="relation">{a.role ?? t(`type_${a.type.replace('-', '_')}`)}</span>
              </li>
            ))}
            <li>
              <button
                type="button"
                class="link dismiss"
                ref={alternatives.length === 0 ? first : undefined}
                onClick={() => onChoose(null)}
              >
                {t('dismissLink')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </details>
  );
}

export function EntityCardView({
  card,
  evidence,
  onNavigate,
  onBack,
  onChoose,
  titleId,
  articleDate,
}: EntityCardProps) {
  const facts = card.facts.slice(0, MAX_FACTS);
  const terms = card.type === 'person' ? (card.terms ?? []) : [];
  const holders = card.type !== 'person' ? (card.holders ?? []) : [];
  // Notes are numbered in the order the card shows them: facts, then terms or holders.
  const notes = new NoteCounter();
  const factNotes = facts.map((f) => {
    const note = factNote(f);
    return note ? { n: notes.add(note), note } : undefined;
  });
  for (const term of [...terms, ...holders].slice(0, MAX_TERMS)) notes.add(termNote(term));
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
      <ThenLine card={card} articleDate={articleDate} />
      {card.geo && card.type === 'place' && (
        <LocatorMap lat={card.geo.lat} lon={card.geo.lon} cc={card.geo.cc} outline={card.outline} />
      )}
      <p class="description">{card.description}</p>
      <PackNotes card={card} />
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map((f, i) => {
            const date = factDate(f);
            const ref = factNotes[i];
            return (
              <div class={`fact${f.stale ? ' stale' : ''}`} key={`${f.label}-${f.value}`}>
                <dt>{f.label}</dt>
                <dd>
                  {f.refId && onNavigate ? (
                    <button type="button" class="link" onClick={() => onNavigate(f.refId!)}>
                      {f.value}
                    </button>
                  ) : (
                    f.value
                  )}
                  {date && <span class="asof"> ({date})</span>}
                  {ref && <NoteRef n={ref.n} note={ref.note} />}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {terms.length > 0 && <TermsList terms={terms} notes={notes} />}
      {holders.length > 0 && <HoldersList holders={holders} notes={notes} onNavigate={onNavigate} />}
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
      <NotesList notes={notes.notes} />
      {evidence && <WhyThis key={`${card.id}-${evidence.alias}`} evidence={evidence} onChoose={onChoose} />}
      <footer class="dataset">{t('datasetVersion', [card.dataset.version, card.dataset.asOf])}</footer>
    </div>
  );
}
