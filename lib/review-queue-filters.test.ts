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
    });
    expect(queueQuery(filters)).toBe(query);
    expect(queueQuery(filters, { page: 1 })).not.toContain("page=");
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
