interface Waiter<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: unknown) => void;
}

/** Per owner (a database client): per key, the requests waiting while that key's statement is out. */
const queues = new WeakMap<object, Map<string, Waiter<unknown, unknown>[]>>();

/**
 * Joins requests for one key into as few statements as the database allows: a request that
 * arrives while no statement for its key is out starts one at once; those that arrive while
 * one is out wait, and the next statement answers all of them (`run` gets their inputs and
 * gives back one output for each, in order). Every answer still comes from a statement that
 * began after its request arrived, so nothing is answered from a read or a count older than
 * the request. Under one busy person's or token's concurrent requests, this turns N statements
 * on one row into a few (npm run bench, "Where PostgreSQL's extra CPU goes"). When a
 * statement fails, every request it was for is told so, and the next ones run. The key names
 * everything `run` depends on: the requests that join a waiting one are run by its `run`.
 */
export function coalesce<In, Out>(
  owner: object,
  key: string,
  input: In,
  run: (inputs: In[]) => Promise<Out[]>,
): Promise<Out> {
  let keys = queues.get(owner);
  if (!keys) queues.set(owner, (keys = new Map()));
  const byKey = keys;
  return new Promise<Out>((resolve, reject) => {
    const waiter = { input, resolve, reject } as Waiter<unknown, unknown>;
    const waiting = byKey.get(key);
    if (waiting) return void waiting.push(waiter);
    byKey.set(key, [waiter]);
    void runWhileWaiting(byKey, key, run as (inputs: unknown[]) => Promise<unknown[]>);
  });
}

async function runWhileWaiting(
  byKey: Map<string, Waiter<unknown, unknown>[]>,
  key: string,
  run: (inputs: unknown[]) => Promise<unknown[]>,
) {
  const waiting = byKey.get(key)!;
  while (waiting.length > 0) {
    const batch = waiting.splice(0);
    try {
      const outputs = await run(batch.map((waiter) => waiter.input));
      if (outputs.length !== batch.length)
        throw new Error(`coalesce: ${outputs.length} answers for ${batch.length} requests`);
      batch.forEach((waiter, i) => waiter.resolve(outputs[i]));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }
  byKey.delete(key);
}
