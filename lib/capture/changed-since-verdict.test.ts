import { describe, expect, it } from "vitest";
import { sourceChangedSinceVerdict } from "./changed-since-verdict";

const verdictAt = "2026-12-01T10:00:00.000Z";

describe("sourceChangedSinceVerdict", () => {
  it("is true when a cited page changed or went away after the verdict", () => {
    expect(
      sourceChangedSinceVerdict(verdictAt, [{ recheckState: "CHANGED", recheckedAt: "2026-12-02T10:00:00.000Z" }]),
    ).toBe(true);
    expect(
      sourceChangedSinceVerdict(verdictAt, [{ recheckState: "GONE", recheckedAt: "2026-12-02T10:00:00.000Z" }]),
    ).toBe(true);
  });
  it("is false for a change seen before the verdict, an unchanged page, or a claim without a verdict", () => {
    expect(
      sourceChangedSinceVerdict(verdictAt, [{ recheckState: "CHANGED", recheckedAt: "2026-11-30T10:00:00.000Z" }]),
    ).toBe(false);
    expect(
      sourceChangedSinceVerdict(verdictAt, [{ recheckState: "UNCHANGED", recheckedAt: "2026-12-02T10:00:00.000Z" }]),
    ).toBe(false);
    expect(
      sourceChangedSinceVerdict(null, [{ recheckState: "CHANGED", recheckedAt: "2026-12-02T10:00:00.000Z" }]),
    ).toBe(false);
    expect(sourceChangedSinceVerdict(verdictAt, [])).toBe(false);
  });
});
