import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { describeEventDetail } from "@/lib/event-detail";
import { describeEvent } from "@/lib/events";
import type { HistoryEntry } from "@/lib/data/claims/claim-detail";
import { renderInLocale } from "../../render-in-locale";
import { ClaimHistory } from "./claim-history";

const entry = (action: string, before: unknown, after: unknown): HistoryEntry => ({
  id: action,
  action,
  description: describeEvent(action),
  actorName: "Ana Ruiz",
  createdAt: "2026-12-06T09:41:00.000Z",
  detail: describeEventDetail(action, before, after),
  before: null,
  after: null,
});

const history = [
  entry("claim.flag", null, null),
  entry("claim.status", { status: "FLAGGED" }, { status: "IN_REVIEW" }),
  entry("note.create", null, { verdict: "MOSTLY_TRUE" }),
  entry("claim.reopen", null, { reason: "New figures from the statistics office" }),
];

describe("a claim's history", () => {
  it("reads in Spanish, labels included, but quotes a reviewer's own reason as written", () => {
    const html = renderInLocale(createElement(ClaimHistory, { history }), "es");
    expect(html).toContain("marcó la afirmación");
    expect(html).toContain("cambió el estado: de Marcada a En revisión");
    expect(html).toContain("añadió una nota de verificación: proponiendo Mayormente verdadero");
    expect(html).toContain("reabrió la afirmación: “New figures from the statistics office”");
    expect(html).not.toContain("flagged the claim");
  });

  it("reads in Arabic", () => {
    const html = renderInLocale(createElement(ClaimHistory, { history }), "ar");
    expect(html).toContain("علّم الادعاء");
    expect(html).toContain("من معلَّم إلى قيد المراجعة");
  });

  it("stays as written in English", () => {
    const html = renderInLocale(createElement(ClaimHistory, { history }), "en");
    expect(html).toContain("changed the status: from Flagged to In review");
  });
});
