/** Search, and filters by type and by page, for the pinned entities. */
import type { EntityType } from '../../engine/types.ts';
import { t } from '../../utils/i18n.ts';
import { TYPE_ORDER, typeKey } from '../options/logic.ts';
import type { PinFilter } from './logic.ts';

function Choice(props: {
  id: string;
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Filters(props: {
  filter: PinFilter;
  pages: { key: string; title: string }[];
  onChange: (filter: PinFilter) => void;
}) {
  const { filter, onChange } = props;
  return (
    <div class="filters" role="search" aria-label={t('notebookFilterLabel')}>
      <div class="grow">
        <label for="search">{t('notebookSearchLabel')}</label>
        <input
          type="search"
          id="search"
          value={filter.query}
          onInput={(e) => onChange({ ...filter, query: (e.target as HTMLInputElement).value })}
        />
      </div>
      <Choice
        id="type-filter"
        label={t('notebookTypeFilter')}
        value={filter.type}
        all={t('notebookAllTypes')}
        options={TYPE_ORDER.map((type) => ({ value: type, label: t(typeKey(type)) }))}
        onChange={(type) => onChange({ ...filter, type: type as EntityType | '' })}
      />
      <Choice
        id="page-filter"
        label={t('notebookPageFilter')}
        value={filter.page}
        all={t('notebookAllPages')}
        options={props.pages.map((p) => ({ value: p.key, label: p.title }))}
        onChange={(page) => onChange({ ...filter, page })}
      />
    </div>
  );
}
