import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce";

/** A statement that answers when told to, recording what it was asked and when. */
function controlledRun() {
  const runs: { inputs: number[]; startedAfter: number; finish: () => void }[] = [];
  let arrivals = 0;
  const run = (inputs: number[]) =>
    new Promise<string[]>((resolve) => {
      runs.push({ inputs, startedAfter: arrivals, finish: () => resolve(inputs.map((n) => `answer ${n}`)) });
    });
  const ask = (owner: object, key: string, n: number, statementsOut = 1) => {
    arrivals++;
    return coalesce(owner, key, n, run, statementsOut);
  };
  return { runs, ask };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("coalesce", () => {
  it("answers the requests that arrived while a statement was out with one more, each its own answer", async () => {
    const { runs, ask } = controlledRun();
    const owner = {};
    const answers = [ask(owner, "k", 1)];
    for (let n = 2; n <= 10; n++) answers.push(ask(owner, "k", n));
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1]]);
    runs[0]!.finish();
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    // The second statement began after all nine had arrived: none is answered from an older one.
    expect(runs[1]!.startedAfter).toBe(10);
    runs[1]!.finish();
    expect(await Promise.all(answers)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `answer ${n}`));
  });

  it("sends a second request at once while one statement is out, when two may be out", async () => {
    const { runs, ask } = controlledRun();
    const owner = {};
    const answers = Array.from({ length: 6 }, (_, i) => ask(owner, "k", i + 1, 2));
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2]]);
    runs[1]!.finish();
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2], [3, 4, 5, 6]]);
    expect(runs[2]!.startedAfter).toBe(6);
    const late = ask(owner, "k", 7, 2);
    await settle();
    // Two are out again (the first and the third): the seventh waits for one of them.
    expect(runs).toHaveLength(3);
    runs[0]!.finish();
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2], [3, 4, 5, 6], [7]]);
    runs[2]!.finish();
    runs[3]!.finish();
    expect(await Promise.all([...answers, late])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `answer ${n}`));
  });

  it("keeps keys and owners apart", async () => {
    const { runs, ask } = controlledRun();
    const one = {};
    const two = {};
    const answers = [ask(one, "a", 1), ask(one, "b", 2), ask(two, "a", 3)];
    await settle();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2], [3]]);
    for (const run of runs) run.finish();
    expect(await Promise.all(answers)).toEqual(["answer 1", "answer 2", "answer 3"]);
  });

  it("tells every request of a failed statement, then runs the next ones", async () => {
    let calls = 0;
    const flaky = async (inputs: number[]) => {
      calls++;
      if (calls === 2) throw new Error("the database went away");
      return inputs.map((n) => n * 10);
    };
    const owner = {};
    const first = coalesce(owner, "k", 1, flaky);
    const failing = [2, 3, 4].map((n) => coalesce(owner, "k", n, flaky));
    expect(await first).toBe(10);
    const outcomes = await Promise.allSettled(failing);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(await coalesce(owner, "k", 5, flaky)).toBe(50);
  });

  it("refuses a statement that answers for fewer requests than it was given", async () => {
    await expect(coalesce({}, "k", 1, async () => [])).rejects.toThrow(/0 answers for 1 requests/);
  });
});
