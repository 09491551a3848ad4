import type { z } from "zod";

/** Field name (dotted path, e.g. "sources.1.url") to its first error message. */
export type FieldErrors = Record<string, string>;

/** Flattens a zod error into one message per field, the shape forms show next to inputs. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
