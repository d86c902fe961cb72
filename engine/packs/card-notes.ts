/** Teachers' notes on the card: each marked with the pack it comes from and its author. */
import type { EntityCard } from '../card/card.ts';
import { isPackEntityId, type Pack } from './schema.ts';

export interface PackNote {
  packId: string;
  packTitle: string;
  author: string;
  note?: string;
  link?: string;
}

export interface PackCard extends EntityCard {
  /** Notes from enabled packs, in pack order. */
  packNotes?: PackNote[];
  /** For an entity a pack adds: that pack. */
  fromPack?: { id: string; title: string; author: string };
}

/** The card with the enabled packs' notes on its entity, and the pack it comes from when a pack added it. */
export function withPackNotes(card: EntityCard, packs: readonly Pack[]): PackCard {
  const notes: PackNote[] = [];
  let fromPack: PackCard['fromPack'];
  for (const p of packs) {
    for (const e of p.entities) {
      if (e.id !== card.id) continue;
      if (isPackEntityId(e.id)) {
        // As in applyPacks, the first pack with a new entity's id holds it.
        if (fromPack) continue;
        fromPack = { id: p.id, title: p.title, author: p.author };
      }
      // A new entity's link is already among its sources.
      const link = e.link && !isPackEntityId(e.id) ? e.link : undefined;
      if (!e.note && !link) continue;
      notes.push({
        packId: p.id,
        packTitle: p.title,
        author: p.author,
        ...(e.note ? { note: e.note } : {}),
        ...(link ? { link } : {}),
      });
    }
  }
  return { ...card, ...(notes.length ? { packNotes: notes } : {}), ...(fromPack ? { fromPack } : {}) };
}
