import type { z } from "zod";
import { fail, type Failure } from "../result";
import { fieldErrorsOf } from "./field-errors";

/**
 * The one way the data layer reads input: the schema's output, or a 400 whose `fieldErrors`
 * put each message beside its field. `message` is the summary a form shows above its fields;
 * without it, the first problem is the summary (for API callers with no form).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message?: string,
): { ok: true; data: z.output<S> } | Failure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return fail(
    400,
    message ?? parsed.error.issues[0]?.message ?? "Check the highlighted fields.",
    fieldErrorsOf(parsed.error),
  );
}
