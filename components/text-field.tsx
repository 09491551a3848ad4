interface Props {
  id: string;
  label: string;
  type?: string;
  autoComplete?: string;
  error?: string;
  /** A line under the field that explains it, tied to it like the error (aria-describedby). */
  hint?: string;
  maxLength?: number;
  placeholder?: string;
  inputMode?: "url" | "email" | "text";
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input with its hint and error message tied to it (aria-describedby). */
export function TextField({
  id,
  label,
  type = "text",
  autoComplete,
  error,
  hint,
  maxLength,
  placeholder,
  inputMode,
  value,
  onChange,
}: Props) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        placeholder={placeholder}
        inputMode={inputMode}
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
