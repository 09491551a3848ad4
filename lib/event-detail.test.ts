import { describe, expect, it } from "vitest";
import { describeEventDetail } from "./event-detail";

describe("describeEventDetail", () => {
  it("says whose role changed from what to what, and which assignee", () => {
    expect(describeEventDetail("user.role", { role: "ANNOTATOR" }, { role: "REVIEWER" })).toBe(
      "from Annotator to Reviewer",
    );
    expect(describeEventDetail("claim.assign", { assignee: null }, { assignee: "Rita" })).toBe("to Rita");
    expect(describeEventDetail("claim.assign", { assignee: "Rita" }, { assignee: "Rob" })).toBe("to Rob (was Rita)");
    expect(describeEventDetail("claim.assign", { assignee: "Rita" }, { assignee: null })).toBe("unassigned (was Rita)");
  });

  it("names statuses and verdicts in words, and an admin override", () => {
    expect(describeEventDetail("claim.status", { status: "FLAGGED" }, { status: "IN_REVIEW" })).toBe(
      "from Flagged to In review",
    );
    expect(describeEventDetail("claim.verdict", {}, { finalVerdict: "FALSE" })).toBe("False");
    expect(
      describeEventDetail("claim.verdict", {}, { finalVerdict: "TRUE", adminOverrodeSecondReview: true }),
    ).toContain("admin override");
    expect(describeEventDetail("note.create", null, { verdict: "MISLEADING", rationale: "secret text" })).toBe(
      "proposing Misleading",
    );
    expect(describeEventDetail("note.edit", { verdict: "TRUE" }, { verdict: "MIXED" })).toBe(
      "proposal changed from True to Mixed",
    );
  });

  it("never repeats a note's text, and says nothing where there is nothing to say", () => {
    expect(describeEventDetail("note.delete", { rationale: "secret text", verdict: "FALSE" }, null)).toBeNull();
    expect(
      describeEventDetail("note.edit", { verdict: "TRUE", rationale: "a" }, { verdict: "TRUE", rationale: "b" }),
    ).toBeNull();
    expect(describeEventDetail("claim.flag", null, { exact: "x" })).toBeNull();
    expect(describeEventDetail("user.role", "not json", 3)).toBeNull();
  });
});

describe("revision events", () => {
  it("say where a re-attached claim went and how a new version moved the claims", () => {
    expect(
      describeEventDetail("claim.reattach", { exact: "old words" }, { exact: "The new words.", revision: 2 }),
    ).toBe("to “The new words.” in revision 2");
    expect(describeEventDetail("document.revise", null, { revision: 3, exact: 5, fuzzy: 1, orphaned: 2 })).toBe(
      "revision 3; claims: 5 exact, 1 fuzzy, 2 orphaned",
    );
  });
});

describe("thread events", () => {
  it("says a reply answered a note and whose note's thread was resolved, never the reply's text", () => {
    expect(describeEventDetail("reply.create", null, { body: "secret words", noteId: "n1" })).toBe(
      "answering a verification note",
    );
    expect(describeEventDetail("reply.create", null, { body: "secret words" })).toBeNull();
    expect(describeEventDetail("thread.resolve", null, { noteAuthor: "Ana Lima" })).toBe("on Ana Lima's note");
    expect(describeEventDetail("thread.reopen", null, null)).toBeNull();
  });
});
