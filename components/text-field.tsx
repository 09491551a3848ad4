/** The input's own attributes a form may set; the field owns its id, name, value and ARIA wiring. */
type InputAttributes = Pick<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "maxLength" | "placeholder" | "inputMode"
>;

interface Props extends InputAttributes {
  id: string;
  label: string;
  error?: string;
  /** A line under the field that explains it, tied to it like the error (aria-describedby). */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input with its hint and error message tied to it (aria-describedby). */
export function TextField({ id, label, error, hint, value, onChange, type = "text", ...input }: Props) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        {...input}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
