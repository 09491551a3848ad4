import { describe, expect, it } from "vitest";
import { searchParamsFrom } from "./search-params";

describe("searchParamsFrom", () => {
  it("keeps repeated keys in order and drops undefined ones", () => {
    const params = searchParamsFrom({ verdicts: ["FALSE", "TRUE"], q: "nist", page: undefined });
    expect(params.getAll("verdicts")).toEqual(["FALSE", "TRUE"]);
    expect(params.get("q")).toBe("nist");
    expect(params.has("page")).toBe(false);
    expect(searchParamsFrom({ action: ["note.edit", "claim.flag"] }).get("action")).toBe("note.edit");
  });
});
