/** The pinned entities of a project, each with the pages where it was seen. */
import type { PinnedEntity, Sighting } from '../../engine/notes/model.ts';
import { t } from '../../utils/i18n.ts';
import { typeKey } from '../options/logic.ts';

interface Props {
  pins: readonly PinnedEntity[];
  onRemovePin: (pin: PinnedEntity) => void;
  onRemovePage: (pin: PinnedEntity, sighting: Sighting) => void;
}

function SightingItem({ pin, s, onRemove }: { pin: PinnedEntity; s: Sighting; onRemove: () => void }) {
  return (
    <li>
      <a
        href={/^(https?|file):/i.test(s.url) ? s.url : undefined}
        target="_blank"
        rel="noopener noreferrer"
        dir="auto"
      >
        {s.title || s.url}
      </a>{' '}
      <span class="muted">
        {s.published ? t('notebookPublished', s.published) : t('notebookPublishedUnknown')}
      </span>
      {s.sentence && <blockquote dir="auto">{s.sentence}</blockquote>}
      <button
        type="button"
        class="remove-page"
        aria-label={t('notebookRemovePageLabel', [s.title || s.url, pin.name])}
        onClick={onRemove}
      >
        {t('notebookRemovePage')}
      </button>
    </li>
  );
}

export function PinList({ pins, onRemovePin, onRemovePage }: Props) {
  return (
    <ul class="pins" id="pins">
      {pins.map((pin) => (
        <li key={pin.id} class="pin" data-entity={pin.id}>
          <article aria-labelledby={`pin-${pin.id}`}>
            <div class="pin-head">
              <h3 id={`pin-${pin.id}`} dir="auto">
                {pin.name}
              </h3>
              <button
                type="button"
                class="remove-pin"
                aria-label={t('notebookRemovePinLabel', pin.name)}
                onClick={() => onRemovePin(pin)}
              >
                {t('notebookRemovePin')}
              </button>
            </div>
            <p class="role">
              {t(typeKey(pin.type))}
              {pin.role ? ` · ${pin.role}` : ''}
            </p>
            <h4 class="visually-hidden">{t('notebookSeenOn')}</h4>
            <ul class="seen">
              {pin.seen.map((s) => (
                <SightingItem key={s.url} pin={pin} s={s} onRemove={() => onRemovePage(pin, s)} />
              ))}
            </ul>
          </article>
        </li>
      ))}
    </ul>
  );
}
