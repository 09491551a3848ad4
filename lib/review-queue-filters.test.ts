import { describe, expect, it } from "vitest";
import { parseQueueFilters, queueQuery } from "./review-queue-filters";

describe("review queue filters in the URL", () => {
  it("reads every filter and writes the same query back (bookmarkable)", () => {
    const query =
      "?status=IN_REVIEW&verdict=FALSE&assignee=me&document=open-vs-closed-source-ai&q=nist&sources=changed&sort=disagreement&page=3";
    const filters = parseQueueFilters(new URLSearchParams(query), null);
    expect(filters).toEqual({
      status: "IN_REVIEW",
      verdict: "FALSE",
      assignee: "me",
      document: "open-vs-closed-source-ai",
      q: "nist",
      sourcesChanged: true,
      sort: "disagreement",
      page: 3,
      after: null,
      before: null,
    });
    expect(queueQuery(filters)).toBe(query);
    expect(queueQuery(filters, { page: 1 })).not.toContain("page=");
  });

  it("carries the paging key, one direction at a time, and ignores one that is not a claim id", () => {
    const next = parseQueueFilters(new URLSearchParams("page=2&after=cm1abc_2-x"), null);
    expect(next).toMatchObject({ page: 2, after: "cm1abc_2-x", before: null });
    expect(queueQuery(next)).toContain("after=cm1abc_2-x");
    const both = parseQueueFilters(new URLSearchParams("after=a1&before=b2"), null);
    expect(both).toMatchObject({ after: "a1", before: null });
    expect(parseQueueFilters(new URLSearchParams("before=b2"), null)).toMatchObject({ after: null, before: "b2" });
    expect(parseQueueFilters(new URLSearchParams("after=x%27%20OR%201%3D1"), null).after).toBeNull();
  });

  it("defaults to the reviewer's own claims when they have some, unless the URL says anyone", () => {
    expect(parseQueueFilters(new URLSearchParams(""), "me").assignee).toBe("me");
    expect(parseQueueFilters(new URLSearchParams("assignee=any"), "me").assignee).toBeNull();
    expect(parseQueueFilters(new URLSearchParams(""), null).assignee).toBeNull();
  });

  it("falls back to 'any' for values it does not know, so a stale bookmark still opens", () => {
    const filters = parseQueueFilters(new URLSearchParams("status=DONE&verdict=maybe&sort=random&page=-2"), null);
    expect(filters).toMatchObject({ status: null, verdict: null, sort: "activity", page: 1 });
  });
});
