/** A labelled group of radio buttons (a fieldset with a legend). */
import type { ComponentChildren } from 'preact';
import { LockedNote } from '../../components/locked-note.tsx';

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
  /** Set by the administrator's policy: shown, not changeable. */
  locked?: boolean;
  children?: ComponentChildren;
}

export function RadioGroup<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  locked = false,
  children,
}: RadioGroupProps<V>) {
  return (
    <fieldset disabled={locked} aria-describedby={locked ? `${name}-locked` : undefined}>
      <legend>{legend}</legend>
      {locked && <LockedNote id={`${name}-locked`} />}
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div class="choice" key={o.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
