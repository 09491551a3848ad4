import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { moveBetweenHighlights, placeTabStop } from "./roving-highlights";

/** The reader's text as the browser has it: claim "b" split in two by claim "c" inside it. */
function page() {
  const { document } = parseHTML(`<html><body><div id="root"><p>
    <mark data-claim-id="a" tabindex="-1">one</mark> and
    <mark data-claim-id="b" tabindex="-1">two</mark><mark data-claim-id="b" tabindex="-1"><mark data-claim-id="c" tabindex="-1">three</mark></mark>
    <mark data-claim-id="d" tabindex="-1">four</mark></p></div></body></html>`);
  const root = document.getElementById("root") as unknown as HTMLElement;
  const focused: string[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>("mark")) {
    mark.focus = () => void focused.push(mark.getAttribute("data-claim-id")!);
    mark.scrollIntoView = () => undefined;
  }
  const stops = () =>
    Array.from(root.querySelectorAll<HTMLElement>('mark[tabindex="0"]')).map((m) => m.getAttribute("data-claim-id"));
  const mark = (id: string) => root.querySelector<HTMLElement>(`mark[data-claim-id="${id}"]`)!;
  return { root, stops, mark, focused };
}

describe("highlights as one roving tab stop", () => {
  it("makes the first claim the tab stop when none is open, and the open claim's first mark when one is", () => {
    const { root, stops, mark } = page();
    placeTabStop(root, null);
    expect(stops()).toEqual(["a"]);
    placeTabStop(root, "b");
    expect(stops()).toEqual(["b"]);
    expect(mark("b").textContent).toBe("two");
  });

  it("keeps the stop where it is when the open claim has no highlight", () => {
    const { root, stops } = page();
    placeTabStop(root, "d");
    placeTabStop(root, "gone");
    expect(stops()).toEqual(["d"]);
  });

  it("moves between claims in text order with the arrows, Home and End, one stop per claim", () => {
    const { root, stops, mark, focused } = page();
    placeTabStop(root, "a");
    expect(moveBetweenHighlights(root, mark("a"), "ArrowRight")).toBe(true);
    expect(moveBetweenHighlights(root, mark("b"), "ArrowDown")).toBe(true);
    expect(moveBetweenHighlights(root, mark("c"), "End")).toBe(true);
    expect(moveBetweenHighlights(root, mark("d"), "ArrowRight")).toBe(true); // stays on the last
    expect(moveBetweenHighlights(root, mark("d"), "Home")).toBe(true);
    expect(focused).toEqual(["b", "c", "d", "d", "a"]);
    expect(stops()).toEqual(["a"]);
    expect(moveBetweenHighlights(root, mark("a"), "x")).toBe(false);
  });
});
