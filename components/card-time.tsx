/**
 * The card's sense of time: a person's terms, an office's holders, what held on the
 * article's date, and numbered source notes for facts and terms.
 */
import type { ComponentChildren } from 'preact';
import type { CardFact, CardTerm, CardThen, EntityCard } from '../engine/card/card.ts';
import { thenOn } from '../engine/card/card-terms.ts';
import { t } from '../utils/i18n.ts';

/** Holders and terms shown before "and N earlier". */
export const MAX_TERMS = 5;

/** A date of any precision in the reader's language: "2021", "Nov 2021", "15 Nov 2021". */
export function formatPartialDate(iso: string, locale?: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** "Nov 2021": a date at month precision, for "last confirmed" and the article's date. */
export const formatMonth = (iso: string, locale?: string): string =>
  formatPartialDate(iso.slice(0, 7), locale);

/** "2014 – 2021", "since Sep 2014". */
export function termSpan(term: { from?: string; to?: string }): string {
  if (term.to) return `${term.from ? formatPartialDate(term.from) : '?'} – ${formatPartialDate(term.to)}`;
  return term.from ? t('termSince', formatPartialDate(term.from)) : t('termCurrent');
}

/** A source to cite with a number: a fact's or a term's. */
export interface Note {
  url: string;
  title: string;
  /** "as of …" or "retrieved …", already worded. */
  date?: string;
}

/** Numbers the notes of one card in the order they are shown. */
export class NoteCounter {
  readonly notes: Note[] = [];
  add(note: Note): number {
    const i = this.notes.findIndex((n) => n.url === note.url && n.date === note.date);
    if (i >= 0) return i + 1;
    this.notes.push(note);
    return this.notes.length;
  }
}

/** A small numbered link that opens the source in a new tab; its label names the source and date. */
export function NoteRef({ n, note }: { n: number; note: Note }) {
  const label = t('sourceNote', [String(n), note.date ? `${note.title} (${note.date})` : note.title]);
  return (
    <a
      class="note-ref"
      href={note.url}
      target="_blank"
      rel="noopener noreferrer"
      title={label}
      aria-label={label}
    >
      <sup>{n}</sup>
    </a>
  );
}

/** The fact's date as the card words it: "as of …", "last confirmed …", "retrieved …". */
export function factDate(f: CardFact): string | undefined {
  if (f.retrieved) return t('retrievedOn', formatPartialDate(f.retrieved));
  if (!f.asOf) return undefined;
  return f.stale ? t('lastConfirmed', formatMonth(f.asOf)) : t('asOf', formatPartialDate(f.asOf));
}

export function factNote(f: CardFact): Note | undefined {
  const url = f.source?.url ?? f.sourceUrl;
  if (!url) return undefined;
  const date = factDate(f);
  return { url, title: f.source?.title ?? url, ...(date ? { date } : {}) };
}

export const termNote = (term: CardTerm): Note => ({
  url: term.source.url,
  title: term.source.title,
  date: term.stale ? t('lastConfirmed', formatMonth(term.asOf)) : t('asOf', formatPartialDate(term.asOf)),
});

function Name({ term, onNavigate }: { term: CardTerm; onNavigate?: ((id: string) => void) | undefined }) {
  return term.holder && onNavigate ? (
    <button type="button" class="link" onClick={() => onNavigate(term.holder!)}>
      {term.holderName}
    </button>
  ) : (
    <>{term.holderName}</>
  );
}

function TermLine({
  term,
  notes,
  children,
}: {
  term: CardTerm;
  notes: NoteCounter;
  children: ComponentChildren;
}) {
  const note = termNote(term);
  return (
    <li class={`term${term.to ? '' : ' term-current'}${term.stale ? ' stale' : ''}`}>
      {children}
      {term.acting ? ` (${t('acting')})` : ''} <span class="term-span">{termSpan(term)}</span>
      {term.stale && <span class="asof"> · {t('lastConfirmed', formatMonth(term.asOf))}</span>}
      <NoteRef n={notes.add(note)} note={note} />
    </li>
  );
}

function More({ count }: { count: number }) {
  return count > 0 ? <li class="term-more">{t('termsEarlier', String(count))}</li> : null;
}

/** A person's terms, current first. */
export function TermsList({ terms, notes }: { terms: CardTerm[]; notes: NoteCounter }) {
  return (
    <section class="terms" aria-label={t('termsHeading')}>
      <h3>{t('termsHeading')}</h3>
      <ul>
        {terms.slice(0, MAX_TERMS).map((term) => (
          <TermLine key={`${term.office}-${term.from ?? term.asOf}`} term={term} notes={notes}>
            {term.office}
          </TermLine>
        ))}
        <More count={terms.length - MAX_TERMS} />
      </ul>
    </section>
  );
}

/** Who held the entity's offices, current first; the office is named when it differs from the line before. */
export function HoldersList({
  holders,
  notes,
  onNavigate,
}: {
  holders: CardTerm[];
  notes: NoteCounter;
  onNavigate?: ((id: string) => void) | undefined;
}) {
  const shown = holders.slice(0, MAX_TERMS);
  return (
    <section class="holders" aria-label={t('holdersHeading')}>
      <h3>{t('holdersHeading')}</h3>
      <ul>
        {shown.map((term, i) => (
          <TermLine
            key={`${term.office}-${term.holderName}-${term.from ?? term.asOf}`}
            term={term}
            notes={notes}
          >
            {i === 0 || shown[i - 1]!.office !== term.office ? (
              <span class="office">{term.office}: </span>
            ) : null}
            <Name term={term} onNavigate={onNavigate} />
          </TermLine>
        ))}
        <More count={holders.length - MAX_TERMS} />
      </ul>
    </section>
  );
}

/** What a person did, or who led, at one moment: "former President of Afghanistan (left office Aug 2021)". */
function describe(card: EntityCard, then: CardThen): string | null {
  if (card.type === 'person') {
    if (then.offices.length) return then.offices.map((o) => o.office).join('; ');
    if (then.former?.to) return t('thenFormer', [then.former.office, formatMonth(then.former.to)]);
    // A term whose start the dataset does not know may have been held then: say nothing.
    return card.terms?.length && card.terms.every((x) => x.from) ? t('thenNoOffice') : null;
  }
  if (!then.leaders.length) {
    const leading = (card.holders ?? []).filter((x) => x.kind !== 'other');
    return leading.length && leading.every((x) => x.from) ? t('thenNoHolder') : null;
  }
  return then.leaders.map((l) => `${l.office}: ${l.holderName}`).join('; ');
}

/**
 * "In Nov 2021: former President of Afghanistan (left office Aug 2021) · Now: …": what held
 * on the article's date beside what holds now. Nothing when the card knows no terms.
 */
export function ThenLine({
  card,
  articleDate,
}: {
  card: EntityCard;
  articleDate?: string | null | undefined;
}) {
  const date = card.then?.date ?? articleDate;
  if (!card.terms?.length && !card.holders?.length) return null;
  // In a page: no date found, so say the card shows today's offices.
  if (articleDate === null && !date) return <p class="then unknown">{t('thenUnknownDate')}</p>;
  if (!date) return null;
  const then = card.then ?? thenOn(card, date);
  const past = describe(card, then);
  if (!past) return null;
  const today = new Date().toISOString().slice(0, 10);
  const now = describe(card, thenOn(card, today));
  return (
    <p class="then" data-date={date}>
      <strong>{t('thenIn', formatMonth(date))}</strong> {past}
      {now && now !== past && (
        <>
          {' · '}
          <strong>{t('thenNow')}</strong> {now}
        </>
      )}
    </p>
  );
}

/** The numbered sources of the card's facts and terms, shown on demand. */
export function NotesList({ notes }: { notes: Note[] }) {
  if (!notes.length) return null;
  return (
    <details class="notes">
      <summary>{t('notesHeading', String(notes.length))}</summary>
      <ol>
        {notes.map((n, i) => (
          <li key={`${i}-${n.url}`} value={i + 1}>
            <a href={n.url} target="_blank" rel="noopener noreferrer">
              {n.title}
            </a>
            {n.date ? <span class="asof"> · {n.date}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
