"use client";

import { useCallback, useState } from "react";

/**
 * A form's per-field error messages, with `clear(field)` for its inputs' change handlers: a
 * message goes away as soon as the person changes the field it is about, instead of staying
 * red until the next submit.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const clear = useCallback((field: string) => {
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }, []);
  return { errors, setErrors, clear };
}
