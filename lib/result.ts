import type { FieldErrors } from "./validation/field-errors";

/** HTTP statuses a data-layer failure may carry. */
export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 502 | 503 | 504;

/**
 * Expected failures are values, not exceptions: every data-layer call returns one of these,
 * and the request boundary (server/route.ts) turns it into the HTTP answer. `status` and
 * `headers` on a success let a call answer 201 with `Location`, or any `ETag`, without a side
 * path; `headers` on a failure carry `Retry-After` and the like.
 */
export type Result<T> =
  | { ok: true; data: T; status?: number; headers?: Record<string, string> }
  | {
      ok: false;
      status: FailureStatus;
      message: string;
      fieldErrors?: FieldErrors;
      headers?: Record<string, string>;
      details?: Record<string, unknown>;
    };

export type Failure = Extract<Result<never>, { ok: false }>;

export const ok = <T>(data: T, extra: { status?: number; headers?: Record<string, string> } = {}): Result<T> => ({
  ok: true,
  data,
  ...extra,
});

export function fail(status: FailureStatus, message: string, fieldErrors?: FieldErrors): Failure {
  return fieldErrors ? { ok: false, status, message, fieldErrors } : { ok: false, status, message };
}

export const unauthenticated = (): Failure => fail(401, "Sign in to do that.");
export const forbidden = (message = "Your role does not allow that."): Failure => fail(403, message);
export const notFound = (what: string): Failure => fail(404, `${what} was not found.`);

/** A 429 that tells the client when to come back. */
export function tooManyRequests(message: string, retryAfterSeconds: number): Failure {
  return {
    ok: false,
    status: 429,
    message,
    headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  };
}
