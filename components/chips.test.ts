import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ClaimProgress } from "./documents/claim-progress";
import { StatusChip, VerdictChip } from "./chips";
import { renderInLocale } from "./render-in-locale";

describe("chips", () => {
  it("shows a verdict by its label in its colours, or another desk's own words for it", () => {
    const html = renderInLocale(createElement(VerdictChip, { verdict: "FALSE" }));
    expect(html).toContain(">False<");
    expect(html).toMatch(/background:#fca5a5/);
    expect(renderInLocale(createElement(VerdictChip, { verdict: "FALSE", label: "Pants on Fire" }))).toContain(
      ">Pants on Fire<",
    );
    expect(renderInLocale(createElement(StatusChip, { status: "IN_REVIEW" }))).toContain(">In review<");
  });

  it("says a document's progress in words beside the bar", () => {
    const html = renderInLocale(createElement(ClaimProgress, { flagged: 2, inReview: 1, published: 1 }));
    expect(html).toContain('aria-label="2 flagged, 1 in review, 1 published"');
    expect(html).toContain("width:50%");
    expect(renderInLocale(createElement(ClaimProgress, { flagged: 0, inReview: 0, published: 0 }))).toContain(
      "No claims yet",
    );
  });
});
