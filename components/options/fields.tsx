import { createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import type { FieldError } from '../../lib/messaging/protocol';
import { errorsAt, formatList, parseList, parseNumber } from './draft';

/** The validation errors of the whole draft; each field picks out its own by path. */
export const ErrorsContext = createContext<readonly FieldError[]>([]);

function useFieldErrors(path: string) {
  return errorsAt(useContext(ErrorsContext), path);
}

type FieldShellProps = {
  label: string;
  help?: string;
  path: string;
  children: (control: { id: string; invalid: boolean; describedBy: string | undefined }) => ReactNode;
};

/** Label, help text and the field's errors around one control, wired for screen readers. */
export function FieldShell({ label, help, path, children }: FieldShellProps) {
  const id = useId();
  const errors = useFieldErrors(path);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-field={path}>
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="help small muted" id={helpId}>
          {help}
        </p>
      )}
      {children({ id, invalid: errors.length > 0, describedBy })}
      {errorId && (
        <div id={errorId} className="field-error" data-error-for={path}>
          {errors.map((error) => (
            <p key={`${error.path}:${error.message}`}>{error.message}</p>
          ))}
        </div>
      )}
    </div>
  );
}

type TextProps = {
  label: string;
  help?: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
};

/** A one-line text field. */
export function TextField({ label, help, path, value, onChange }: TextProps) {
  return (
    <FieldShell label={label} help={help} path={path}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** A multi-line text field. */
export function TextAreaField({ label, help, path, value, onChange }: TextProps) {
  return (
    <FieldShell label={label} help={help} path={path}>
      {({ id, invalid, describedBy }) => (
        <textarea
          id={id}
          rows={2}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

type NumberProps = {
  label: string;
  help?: string;
  path: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
};

/**
 * A number field that keeps what the user typed (an empty field, a half-typed number) while
 * the draft holds the parsed value, so validation speaks as soon as the value is wrong.
 */
export function NumberField({ label, help, path, value, onChange }: NumberProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    // Follow changes from outside (a preset, an undo), not the echo of our own typing.
    setText((current) =>
      parseNumber(current) === value ? current : value === undefined ? '' : String(value),
    );
  }, [value]);
  return (
    <FieldShell label={label} help={help} path={path}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            onChange(parseNumber(event.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}

type ListProps = {
  label: string;
  help?: string;
  path: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
};

/** A list typed as comma-separated text (brand names, hashtags, keywords, signatures). */
export function ListField({ label, help, path, value, onChange }: ListProps) {
  const [text, setText] = useState(formatList(value));
  useEffect(() => {
    setText((current) =>
      formatList(parseList(current)) === formatList(value) ? current : formatList(value),
    );
  }, [value]);
  return (
    <FieldShell label={label} help={help} path={path}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            onChange(parseList(event.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}
