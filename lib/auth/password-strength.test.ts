import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-strength";

const ana = { email: "ana.lima@example.org", name: "Ana Lima" };

describe("a new password's strength", () => {
  it("refuses repeated characters, common passwords and keyboard walks, saying why", () => {
    expect(passwordWeakness("aaaaaaaa", ana)).toMatch(/too easy to guess.*Repeated characters/);
    expect(passwordWeakness("12345678", ana)).toMatch(/most common/);
    expect(passwordWeakness("qwertyuiop", ana)).not.toBeNull();
  });

  it("refuses the person's own email or name as the password", () => {
    expect(passwordWeakness("ana.lima@example.org", ana)).toMatch(/email address or name/);
    expect(passwordWeakness("ana.lima2026", ana)).toMatch(/email address or name/);
    expect(passwordWeakness("AnaLima!!", ana)).not.toBeNull();
    // A word of it inside a longer phrase is for the estimate to judge.
    expect(passwordWeakness("admin password 1", { email: "admin@claimmark.test", name: "Ada Admin" })).toBeNull();
  });

  it("accepts a few unrelated words", () => {
    expect(passwordWeakness("correct horse battery", ana)).toBeNull();
    expect(passwordWeakness("long enough phrase", ana)).toBeNull();
  });
});
