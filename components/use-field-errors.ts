"use client";

import { useCallback, useMemo, useState } from "react";
import { useServerText } from "./i18n/server-text";

/**
 * A form's per-field error messages, with `clear(field)` (or `bind`) for its inputs' change handlers: a
 * message goes away as soon as the person changes the field it is about, instead of staying
 * red until the next submit. The messages read in the interface's language: a form's own
 * validation speaks English like the server's schemas (lib/validation), and is translated here.
 */
export function useFieldErrors() {
  const [written, setErrors] = useState<Record<string, string>>({});
  const translate = useServerText();
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(written).map(([field, message]) => [field, translate(message)])),
    [written, translate],
  );
  const clear = useCallback((field: string) => {
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }, []);
  /**
   * The props of a field whose every change clears its message: its value, change handler and
   * error, spread on a TextField or a VerdictSelect (`{...bind("email", email, setEmail)}`).
   */
  const bind = useCallback(
    <T>(field: string, value: T, setValue: (value: T) => void) => ({
      value,
      error: errors[field],
      onChange: (next: T) => {
        setValue(next);
        clear(field);
      },
    }),
    [errors, clear],
  );
  return { errors, setErrors, clear, bind };
}
