import { describe, expect, it } from "vitest";
import { describeRevisionOutcome } from "./revision-outcome";

describe("describeRevisionOutcome", () => {
  it("says how many claims stayed, were reworded and were orphaned, and what to do about them", () => {
    expect(describeRevisionOutcome({ revision: 2, exact: 12, fuzzy: 3, orphaned: 1 })).toBe(
      "Revision 2: 12 unchanged, 3 reworded — check their verdicts, 1 orphaned — re-attach it from the list.",
    );
  });
  it("leaves out what did not happen", () => {
    expect(describeRevisionOutcome({ revision: 3, exact: 4, fuzzy: 0, orphaned: 0 })).toBe("Revision 3: 4 unchanged.");
    expect(describeRevisionOutcome({ revision: 3, exact: 0, fuzzy: 1, orphaned: 2 })).toBe(
      "Revision 3: 1 reworded — check its verdict, 2 orphaned — re-attach them from the list.",
    );
    expect(describeRevisionOutcome({ revision: 2, exact: 0, fuzzy: 0, orphaned: 0 })).toMatch(/no claims to move/);
  });
});
