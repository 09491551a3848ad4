import { describe, expect, it } from "vitest";
import { nextRestartDelay } from "./restart-policy.mjs";

describe("nextRestartDelay", () => {
  it("restarts a server that had been running after half a second", () => {
    expect(nextRestartDelay([], 0, 120_000).ms).toBe(500);
  });

  it("doubles the wait for each quick crash in a row, up to 30 seconds", () => {
    let crashes: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const next = nextRestartDelay(crashes, i * 1000, i * 1000 + 200);
      crashes = next.crashes;
      waits.push(next.ms);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
  });

  it("starts over after a healthy run", () => {
    const after = nextRestartDelay([1, 2, 3, 4], 10_000, 10_000 + 61_000);
    expect(after.ms).toBe(500);
  });
});
