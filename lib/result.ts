import type { FieldErrors } from "./validation/field-errors";

/**
 * Expected failures are values, not exceptions: every data-layer call returns one of
 * these, and route handlers turn `status` into the HTTP status.
 */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 429; message: string; fieldErrors?: FieldErrors };

export type Failure = Extract<Result<never>, { ok: false }>;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export function fail(status: Failure["status"], message: string, fieldErrors?: FieldErrors): Failure {
  return fieldErrors ? { ok: false, status, message, fieldErrors } : { ok: false, status, message };
}

export const unauthenticated = (): Failure => fail(401, "Sign in to do that.");
export const forbidden = (message = "Your role does not allow that."): Failure => fail(403, message);
export const notFound = (what: string): Failure => fail(404, `${what} was not found.`);
