import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "./parse-input";

const schema = z.object({
  name: z.string().min(1, "Give a name."),
  sources: z.array(z.string().url("Not a web address.")),
});

describe("parseInput", () => {
  it("returns the schema's output", () => {
    expect(parseInput(schema, { name: "Ana", sources: [] })).toEqual({ ok: true, data: { name: "Ana", sources: [] } });
  });

  it("refuses with a 400, the first problem as the summary and each field's message beside it", () => {
    expect(parseInput(schema, { name: "", sources: ["x"] })).toEqual({
      ok: false,
      status: 400,
      message: "Give a name.",
      fieldErrors: { name: "Give a name.", "sources.0": "Not a web address." },
    });
  });

  it("uses a form's own summary when it gives one", () => {
    const refused = parseInput(schema, {}, "Check the highlighted fields.");
    expect(refused.ok || refused.message).toBe("Check the highlighted fields.");
  });
});
