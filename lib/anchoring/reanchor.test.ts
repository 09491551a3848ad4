import { describe, expect, it } from "vitest";
import { reanchor, type AnchorToMove } from "./reanchor";
import { createTextQuoteSelector } from "./text-quote";

const OLD = [
  "Open models let anyone inspect the weights.",
  "NIST in the United States requires government procurement projects to disclose model parameters.",
  "The GPL-3.0 protocol adds a contagious open source clause.",
  "Closed models are sold as a service.",
].join("\n");

function claimOn(text: string, phrase: string, id = phrase): AnchorToMove {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { id, start, end: start + phrase.length, quote: createTextQuoteSelector(text, start, start + phrase.length) };
}

const NIST = "NIST in the United States requires government procurement projects to disclose model parameters.";
const GPL = "The GPL-3.0 protocol adds a contagious open source clause.";
const CLOSED = "Closed models are sold as a service.";

describe("reanchor", () => {
  it("keeps claims exact when text before them is inserted, and moves their offsets", () => {
    const next = `A new opening paragraph.\n${OLD}`;
    const [moved] = reanchor(OLD, next, [claimOn(OLD, GPL)]);
    expect(moved).toEqual({ id: GPL, state: "exact", start: next.indexOf(GPL), end: next.indexOf(GPL) + GPL.length });
  });

  it("finds a claim whose paragraph moved elsewhere as exact", () => {
    const next = [CLOSED, "Open models let anyone inspect the weights.", NIST, GPL].join("\n");
    const [moved] = reanchor(OLD, next, [claimOn(OLD, CLOSED)]);
    expect(moved).toMatchObject({ state: "exact", start: 0, end: CLOSED.length });
  });

  it("marks a claim with one word changed fuzzy, at the new wording's place", () => {
    const edited = NIST.replace("requires", "asks");
    const next = OLD.replace(NIST, edited);
    const [moved] = reanchor(OLD, next, [claimOn(OLD, NIST)]);
    expect(moved).toMatchObject({
      state: "fuzzy",
      start: next.indexOf(edited),
      end: next.indexOf(edited) + edited.length,
    });
  });

  it("orphans a claim whose sentence was deleted, and leaves the others exact", () => {
    const next = OLD.replace(`${GPL}\n`, "");
    const moved = reanchor(OLD, next, [claimOn(OLD, GPL), claimOn(OLD, NIST), claimOn(OLD, CLOSED)]);
    expect(moved.map((m) => m.state)).toEqual(["orphaned", "exact", "exact"]);
    expect(moved[2]).toMatchObject({ start: next.indexOf(CLOSED) });
  });

  it("orphans a claim whose words were rewritten beyond recognition", () => {
    const next = OLD.replace(NIST, "Procurement rules differ between agencies and are rarely enforced.");
    const [moved] = reanchor(OLD, next, [claimOn(OLD, NIST)]);
    expect(moved!.state).toBe("orphaned");
  });

  it("tells apart two identical sentences by their context", () => {
    const text = "Alpha says: Prices rose.\nBeta says: Prices rose.";
    const second = {
      id: "b",
      start: text.lastIndexOf("Prices rose."),
      end: text.length,
      quote: createTextQuoteSelector(text, text.lastIndexOf("Prices rose."), text.length),
    };
    const next = `Intro.\n${text}`;
    const [moved] = reanchor(text, next, [second]);
    expect(moved).toMatchObject({ state: "exact", start: next.lastIndexOf("Prices rose.") });
  });
});
