interface Props {
  id: string;
  label: string;
  type?: string;
  autoComplete?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input with its error message tied to it (aria-describedby). */
export function TextField({ id, label, type = "text", autoComplete, error, value, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
