import { createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import type { FieldError } from '../../lib/core/types';
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
function FieldShell({ label, help, path, children }: FieldShellProps) {
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

type ParsedProps<T> = {
  label: string;
  help?: string;
  path: string;
  value: T;
  onChange: (value: T) => void;
};

/**
 * A text input the user owns while the draft holds its parsed value, so validation speaks as
 * soon as the value is wrong: what was typed stays (an empty field, a half-typed number, a
 * trailing comma), and only a change from outside (a preset, an undo) replaces it.
 */
function ParsedInput<T>({
  label,
  help,
  path,
  value,
  onChange,
  format,
  parse,
  numeric = false,
}: ParsedProps<T> & { format: (value: T) => string; parse: (text: string) => T; numeric?: boolean }) {
  const [text, setText] = useState(format(value));
  useEffect(() => {
    // Follow changes from outside, not the echo of our own typing.
    setText((current) => (format(parse(current)) === format(value) ? current : format(value)));
  }, [value, format, parse]);
  return (
    <FieldShell label={label} help={help} path={path}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type={numeric ? 'number' : 'text'}
          inputMode={numeric ? 'numeric' : undefined}
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            onChange(parse(event.target.value));
          }}
        />
      )}
    </FieldShell>
  );
}

const formatNumber = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** A number field; empty means undefined, so validation reports it as missing. */
export function NumberField(props: ParsedProps<number | undefined>) {
  return <ParsedInput {...props} format={formatNumber} parse={parseNumber} numeric />;
}

/** A list typed as comma-separated text (brand names, hashtags, keywords, signatures). */
export function ListField(props: ParsedProps<readonly string[]>) {
  return <ParsedInput {...props} format={formatList} parse={parseList} />;
}
