/** The in-page popover: a labelled, non-modal dialog around the entity card. */
import type { EntityCard } from '../engine/card/card.ts';
import type { WireMention } from '../utils/protocol.ts';
import { pageDirection } from '../utils/direction.ts';
import { t } from '../utils/i18n.ts';
import { EntityCardView } from './entity-card.tsx';

export interface PopoverProps {
  card: EntityCard | null;
  error?: string | undefined;
  evidence?: WireMention | undefined;
  canGoBack: boolean;
  onNavigate: (id: string) => void;
  onBack: () => void;
  onClose: () => void;
  /** "Not this one": another entity for the mention, or `null` for "not a link". */
  onChoose?: ((id: string | null) => void) | undefined;
  onPointerEnter: (e: PointerEvent) => void;
  onPointerLeave: (e: PointerEvent) => void;
  /** The article's date (YYYY-MM-DD): the card says what held then; null: the date is unknown. */
  articleDate?: string | null | undefined;
  /** Pin the card to the research notebook; its outcome, once known, in `pinStatus`. */
  onPin?: (() => void) | undefined;
  pinStatus?: string | undefined;
}

export function Popover(props: PopoverProps) {
  const { card } = props;
  return (
    <div
      class="nc-card popover"
      dir={pageDirection()}
      role="dialog"
      aria-labelledby="nc-card-title"
      tabIndex={-1}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <button
        type="button"
        class="close"
        style={{ float: 'inline-end' }}
        onClick={props.onClose}
        aria-label={t('close')}
      >
        ×
      </button>
      {card && props.onPin && (
        <button type="button" class="pin" style={{ float: 'inline-end' }} onClick={props.onPin}>
          {t('pin')}
        </button>
      )}
      {card ? (
        <EntityCardView
          card={card}
          evidence={props.evidence}
          onNavigate={props.onNavigate}
          onBack={props.canGoBack ? props.onBack : undefined}
          onChoose={props.onChoose}
          articleDate={props.articleDate}
          titleId="nc-card-title"
        />
      ) : (
        <p id="nc-card-title" class="status">
          {props.error ?? t('loading')}
        </p>
      )}
      {card && props.onPin && (
        <p class="pin-status" role="status">
          {props.pinStatus}
        </p>
      )}
    </div>
  );
}
