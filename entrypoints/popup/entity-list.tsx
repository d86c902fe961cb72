/** The popup's lists of names, grouped by type: the page's names with counts, or search hits. */
import type { EntityType } from '../../engine/types.ts';
import { t } from '../../utils/i18n.ts';

const TYPE_ORDER: EntityType[] = ['person', 'armed-group', 'organization', 'place', 'other'];

export interface Item {
  id: string;
  name: string;
  type: EntityType;
  detail: string;
}

export function EntityList({ items, onPick }: { items: Item[]; onPick: (id: string) => void }) {
  return (
    <>
      {TYPE_ORDER.map((type) => {
        const list = items.filter((i) => i.type === type);
        if (list.length === 0) return null;
        return (
          <section class="group" key={type} aria-label={t(`type_${type.replace('-', '_')}`)}>
            <h2>{t(`type_${type.replace('-', '_')}`)}</h2>
            <ul>
              {list.map((i) => (
                <li key={i.id}>
                  <button type="button" class="entity" data-entity-id={i.id} onClick={() => onPick(i.id)}>
                    <span>{i.name}</span>
                    <span class="count">{i.detail}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
