import { isUniqueViolation } from "../db/errors";
import { fail, type Result } from "../result";

/** The answer to a retry whose Idempotency-Key was first used for another request. */
export const keyReused = () =>
  fail(422, "This Idempotency-Key was already used for a different request. Use a new key for a new request.");

/** Marks a success as the replay of an earlier, identical request. */
export function replayed<T>(result: Result<T>): Result<T> {
  return result.ok ? { ...result, headers: { ...result.headers, "Idempotent-Replayed": "true" } } : result;
}

/**
 * Runs a write that creates a row under a caller-derived id (server/request/idempotency.ts).
 * When that id exists already, the request is a retry: `replay` answers it from the row the
 * first attempt wrote (or with keyReused when the bodies differ), so nothing is created twice.
 */
export async function createOnce<T>(
  create: () => Promise<Result<T>>,
  replay: () => Promise<Result<T> | null>,
): Promise<Result<T>> {
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const answer = await replay();
    if (answer === null) throw error;
    return answer.ok ? replayed(answer) : answer;
  }
}
