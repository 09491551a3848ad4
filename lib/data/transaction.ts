import type { Db, Tx } from "../db";
import type { Failure, Result } from "../result";

/** Thrown inside a transaction to roll it back and return the failure as a value. */
class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * The one way the data layer writes in a transaction: `work` runs in one database transaction
 * and returns a Result; a failure (a 404, a 409, a refusal found half-way) rolls back everything
 * `work` wrote and is returned as a value, never half-written. Errors roll back and are thrown.
 */
export async function inTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<Result<T>>,
  options: { timeout?: number; maxWait?: number } = {},
): Promise<Result<T>> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Abort(result);
      return result;
    }, options);
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    throw error;
  }
}
