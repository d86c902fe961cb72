/** Add and remove host names in one of the site lists; every change is saved at once by the caller. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n.ts';
import { LockedNote } from '../../components/locked-note.tsx';
import { addHost, normaliseHost, removeHost } from './logic.ts';

export interface SiteListProps {
  id: string;
  title: string;
  hint: string;
  addLabel: string;
  hosts: string[];
  onChange: (hosts: string[]) => void;
  /** Set by the administrator's policy: listed, not changeable. */
  locked?: boolean;
}

export function SiteList({ id, title, hint, addLabel, hosts, onChange, locked = false }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    const host = normaliseHost(draft);
    if (!host) {
      setError(t('optionsInvalidHost', draft.trim()));
      return;
    }
    onChange(addHost(hosts, host));
    setDraft('');
    setError('');
  };

  const remove = (host: string) => {
    onChange(removeHost(hosts, host));
    // The button goes away with its row: keep focus in the list's own controls.
    input.current?.focus();
  };

  return (
    <section class="block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p class="hint">{hint}</p>
      {locked && <LockedNote id={`${id}-locked`} />}
      <fieldset class="bare" disabled={locked}>
        <form class="add-row" onSubmit={submit}>
          <label for={`${id}-input`}>{addLabel}</label>
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            dir="ltr"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
          <button type="submit" id={`${id}-add`}>
            {t('optionsAdd')}
          </button>
        </form>
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        {hosts.length === 0 ? (
          <p class="muted" id={`${id}-empty`}>
            {t('optionsListEmpty')}
          </p>
        ) : (
          <ul class="hosts" id={`${id}-list`}>
            {hosts.map((host) => (
              <li key={host} data-host={host}>
                <bdi class="host">{host}</bdi>
                <button type="button" aria-label={t('optionsRemoveHost', host)} onClick={() => remove(host)}>
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </section>
  );
}
