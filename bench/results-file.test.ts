import { describe, expect, it } from "vitest";
import { meetsTarget } from "./results-file";

describe("benchmark targets", () => {
  it("reads the comparisons the tables use", () => {
    expect(meetsTarget(120, "< 300")).toBe(true);
    expect(meetsTarget(300, "< 300")).toBe(false);
    expect(meetsTarget(50, "≤ 50 ms")).toBe(true);
    expect(meetsTarget(0.42, "≥ 0.5")).toBe(false);
    expect(meetsTarget(96, ">= 95 %")).toBe(true);
    expect(meetsTarget(9000, "< 10000 ms (100 pages)")).toBe(true);
    expect(meetsTarget(0, "0")).toBe(true);
    expect(meetsTarget(3, "0")).toBe(false);
  });

  it("says nothing of rows that are context, not goals", () => {
    expect(meetsTarget(12, "")).toBeUndefined();
    expect(meetsTarget(12, "(no target)")).toBeUndefined();
    expect(meetsTarget(12, "≥ ½ empty route")).toBeUndefined();
    expect(meetsTarget("n/a", "< 5")).toBeUndefined();
  });
});
