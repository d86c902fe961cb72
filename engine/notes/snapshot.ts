/**
 * What Pin keeps of a card. The card model (engine/card/card.ts) grows over time, so this
 * reads it structurally and keeps a generic, stable part of it: each fact's label,
 * value and dates with its source, designations as dated facts, and the card's sources.
 * Plain TypeScript with no schema library: the content script may call it.
 */
import type { EntityType } from '../types.ts';
import type { CardSnapshot, EntityInfo, FactSnapshot, PageRef, PinInput, SourceRef } from './model.ts';
import { sentenceAround } from './sentence.ts';

/** The parts of a card that a snapshot reads; `EntityCard` fits it. */
export interface CardLike {
  id: string;
  name: string;
  type: EntityType;
  role: string;
  description: string;
  facts: readonly {
    label: string;
    value: string;
    asOf?: string;
    retrieved?: string;
    stale?: boolean;
    sourceUrl?: string;
    source?: SourceRef;
  }[];
  designations?: readonly {
    authority: string;
    year: number;
    list?: string;
    revoked?: number;
    sourceUrl?: string;
  }[];
  sources: readonly SourceRef[];
  wikipediaUrl?: string;
  dataset?: { version: string; asOf: string };
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function factOf(f: CardLike['facts'][number]): FactSnapshot {
  const source = f.source ?? (f.sourceUrl ? { url: f.sourceUrl, title: hostOf(f.sourceUrl) } : undefined);
  return {
    label: f.label,
    value: f.value,
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.retrieved ? { retrieved: f.retrieved } : {}),
    ...(f.stale ? { stale: true } : {}),
    ...(source ? { source: { url: source.url, title: source.title } } : {}),
  };
}

/** A designation as a fact: "Designation (US): Foreign Terrorist Organization, 2016". */
function designationFact(d: NonNullable<CardLike['designations']>[number]): FactSnapshot {
  return {
    label: `Designation (${d.authority})`,
    value: `${d.list ?? 'Designated'}, ${d.year}${d.revoked ? `, lifted ${d.revoked}` : ''}`,
    ...(d.sourceUrl ? { source: { url: d.sourceUrl, title: hostOf(d.sourceUrl) } } : {}),
  };
}

export function snapshotCard(card: CardLike): CardSnapshot {
  return {
    facts: [...card.facts.map(factOf), ...(card.designations ?? []).map(designationFact)],
    sources: card.sources.map((s) => ({ url: s.url, title: s.title })),
    ...(card.dataset ? { dataset: { version: card.dataset.version, asOf: card.dataset.asOf } } : {}),
  };
}

export function entityInfo(card: CardLike): EntityInfo {
  return {
    id: card.id,
    name: card.name,
    type: card.type,
    role: card.role,
    description: card.description,
    ...(card.wikipediaUrl ? { wikipediaUrl: card.wikipediaUrl } : {}),
  };
}

/**
 * What Pin records for a card opened on a mention: the page, the sentence around the
 * mention (`start`/`end` are offsets into `text`, the page's collected text) and the card.
 */
export function pinInputFor(
  card: CardLike,
  page: PageRef,
  text: string,
  mention: { start: number; end: number },
): PinInput {
  return {
    entity: entityInfo(card),
    page: { url: page.url, title: page.title, ...(page.published ? { published: page.published } : {}) },
    sentence: sentenceAround(text, mention.start, mention.end),
    card: snapshotCard(card),
  };
}
