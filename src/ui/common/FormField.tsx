interface FormFieldProps {
  /** The input's id; its hint and error take ids made from it. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Said under the field, and read with it. */
  hint: string;
  /** Why the value was refused, when it was: shown, read with the field, and the field marked invalid. */
  error?: string;
  type?: 'text' | 'url' | 'date';
  /** Where the dialog puts focus when it opens. */
  autoFocus?: boolean;
}

/** One labelled single-line field of a form, with its hint and, when refused, its error. */
export function FormField({ id, label, value, onChange, hint, error, type = 'text', autoFocus }: FormFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        autoComplete="off"
        data-autofocus={autoFocus ? true : undefined}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
