import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";
import { noteSchema } from "./note";
import { signUpSchema } from "./auth";

describe("noteSchema", () => {
  const good = {
    verdict: "FALSE",
    rationale: "No such rule.",
    sources: [{ url: "https://www.nist.gov/", title: "NIST" }],
  };

  it("accepts a note with a verdict, a rationale and http(s) sources", () => {
    expect(noteSchema.parse(good)).toEqual(good);
    expect(noteSchema.parse({ ...good, sources: [] }).sources).toEqual([]);
  });

  it("says which field is wrong", () => {
    const result = noteSchema.safeParse({
      verdict: "MAYBE",
      rationale: "  ",
      sources: [{ url: "ftp://x.org/a" }, { url: "not a url" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      verdict: "Choose a verdict from the scale.",
      rationale: "Write the reasoning behind the verdict.",
      "sources.0.url": "Enter a full http:// or https:// address.",
      "sources.1.url": "Enter a full http:// or https:// address.",
    });
  });

  it("refuses a rationale over 10,000 characters", () => {
    expect(noteSchema.safeParse({ ...good, rationale: "x".repeat(10_001) }).success).toBe(false);
    expect(noteSchema.safeParse({ ...good, rationale: "x".repeat(10_000) }).success).toBe(true);
  });

  it("drops an empty source title", () => {
    expect(
      noteSchema.parse({ ...good, sources: [{ url: "http://example.org", title: " " }] }).sources[0]!.title,
    ).toBeUndefined();
  });
});

describe("signUpSchema", () => {
  it("normalises the email and checks each field", () => {
    expect(signUpSchema.parse({ name: " Ana ", email: " Ana@Example.org ", password: "12345678" })).toEqual({
      name: "Ana",
      email: "ana@example.org",
      password: "12345678",
    });
    const result = signUpSchema.safeParse({ name: "", email: "ana@", password: "1234567" });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(["email", "name", "password"]);
  });
});
