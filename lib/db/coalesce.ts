interface Waiter<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: unknown) => void;
}

/** One key's statements out and the requests waiting for the next. */
interface KeyState {
  out: number;
  waiting: Waiter<unknown, unknown>[];
}

/** Per owner (a database client): per key, its state while it has statements out. */
const queues = new WeakMap<object, Map<string, KeyState>>();

type Run = (inputs: unknown[]) => Promise<unknown[]>;

/**
 * Joins requests for one key into as few statements as the database allows: a request that
 * arrives while fewer than `statementsOut` statements for its key are out starts one at once;
 * those that arrive while that many are out wait, and the next statement answers all of them
 * (`run` gets their inputs and gives back one output for each, in order). Every answer still
 * comes from a statement that began after its request arrived, so nothing is answered from a
 * read or a count older than the request. Under one busy person's or token's concurrent
 * requests, this turns N statements on one row into a few (npm run bench, "Where PostgreSQL's
 * extra CPU goes"). When a statement fails, every request it was for is told so, and the next
 * ones run. The key names everything `run` depends on: the requests that join a waiting one
 * are run by its `run`.
 */
export function coalesce<In, Out>(
  owner: object,
  key: string,
  input: In,
  run: (inputs: In[]) => Promise<Out[]>,
  statementsOut = 1,
): Promise<Out> {
  let keys = queues.get(owner);
  if (!keys) queues.set(owner, (keys = new Map()));
  const byKey = keys;
  return new Promise<Out>((resolve, reject) => {
    let state = byKey.get(key);
    if (!state) byKey.set(key, (state = { out: 0, waiting: [] }));
    state.waiting.push({ input, resolve, reject } as Waiter<unknown, unknown>);
    if (state.out < statementsOut) runWaiting(byKey, key, state, run as Run);
  });
}

/** Sends one statement for every request waiting on the key; when it is back, the next, if any wait. */
function runWaiting(byKey: Map<string, KeyState>, key: string, state: KeyState, run: Run) {
  const batch = state.waiting.splice(0);
  state.out++;
  void (async () => {
    try {
      const outputs = await run(batch.map((waiter) => waiter.input));
      if (outputs.length !== batch.length)
        throw new Error(`coalesce: ${outputs.length} answers for ${batch.length} requests`);
      batch.forEach((waiter, i) => waiter.resolve(outputs[i]));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    } finally {
      state.out--;
      if (state.waiting.length > 0) runWaiting(byKey, key, state, run);
      else if (state.out === 0) byKey.delete(key);
    }
  })();
}
