/** A teacher's notes on the card, each marked with its class pack and author. */
import type { PackCard } from '../engine/packs/card-notes.ts';
import { t } from '../utils/i18n.ts';

export function PackNotes({ card }: { card: PackCard }) {
  const notes = card.packNotes ?? [];
  if (!notes.length && !card.fromPack) return null;
  return (
    <section class="pack-notes" aria-label={t('packNotesHeading')}>
      {card.fromPack && (
        <p class="from-pack" id="from-pack">
          {t('packFrom', [card.fromPack.title, card.fromPack.author])}
        </p>
      )}
      {notes.map((n) => (
        <div class="pack-note" key={n.packId} data-pack={n.packId}>
          <p class="pack-source">{t('packNoteBy', [n.packTitle, n.author])}</p>
          {n.note && <p class="note">{n.note}</p>}
          {n.link && (
            <a href={n.link} target="_blank" rel="noopener noreferrer">
              {n.link}
            </a>
          )}
        </div>
      ))}
    </section>
  );
}
