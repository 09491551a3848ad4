import { describe, expect, it } from "vitest";
import { remapSourceErrors } from "./remap-source-errors";

describe("remapSourceErrors", () => {
  it("puts each source's message beside the row on screen, skipping the blank rows that were not sent", () => {
    const rows = [
      { url: "", title: "" },
      { url: "ftp://x", title: "" },
      { url: "", title: "" },
      { url: "nope", title: "T" },
    ];
    expect(
      remapSourceErrors(
        { "sources.0.url": "Not a web address.", "sources.1.url": "Bad.", rationale: "Too short." },
        rows,
      ),
    ).toEqual({ "sources.1.url": "Not a web address.", "sources.3.url": "Bad.", rationale: "Too short." });
  });
});
