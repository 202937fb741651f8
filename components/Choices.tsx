import type { ReactNode } from 'react';

type ChoicesProps<T extends string> = {
  /** The strategy field the choice sets (`data-field`, which errors and tests look for). */
  field: string;
  /** The radio group's name. */
  name: string;
  legend: string;
  values: readonly T[];
  checked: T;
  onChange: (value: T) => void;
  /** What each option says. */
  label: (value: T) => ReactNode;
  /** Shown under the options, inside the group. */
  children?: ReactNode;
};

/** One choice among a few, as a group of radio buttons with a legend. */
export function Choices<T extends string>({
  field,
  name,
  legend,
  values,
  checked,
  onChange,
  label,
  children,
}: ChoicesProps<T>) {
  return (
    <fieldset className="choices" data-field={field}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={name}
            value={value}
            checked={checked === value}
            onChange={() => onChange(value)}
          />
          {label(value)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/** An option's name in bold and what it means beside it (or, `block`, under it). */
export function ChoiceText({ title, help, block = false }: { title: string; help: string; block?: boolean }) {
  return (
    <span>
      <strong>{title}</strong>
      <span className={block ? 'small muted block' : 'small muted'}>{block ? help : ` ${help}`}</span>
    </span>
  );
}
