import { describe, expect, it } from "vitest";
import { truncate } from "./truncate";

describe("truncate", () => {
  it("says where a text was cut, and leaves a short one alone", () => {
    expect(truncate("The metro carried 480 million riders", 17)).toBe("The metro carried…");
    expect(truncate("Short", 17)).toBe("Short");
  });
});
