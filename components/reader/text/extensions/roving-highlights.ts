/**
 * Highlights reached with the keyboard as one tab stop (a roving tabindex): Tab lands on one
 * claim's highlight, the arrow keys move between claims in text order, Home and End go to the
 * first and last. Only the DOM is touched (tabindex and focus); decorations are not rebuilt.
 */
const MARKS = "mark[data-claim-id]";

/** The first mark of each claim, in text order. */
function claimStops(root: HTMLElement): HTMLElement[] {
  const seen = new Set<string>();
  const stops: HTMLElement[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>(MARKS)) {
    const id = mark.getAttribute("data-claim-id")!;
    if (seen.has(id)) continue;
    seen.add(id);
    stops.push(mark);
  }
  return stops;
}

const markOf = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`${MARKS}[data-claim-id="${id.replace(/["\\]/g, "\\$&")}"]`);

/**
 * Makes `preferredId`'s highlight (or else the one already holding it, or the first) the single
 * tab stop. Touches two or three marks, not every one: it runs each time a claim opens.
 */
export function placeTabStop(root: HTMLElement, preferredId: string | null): void {
  const current = root.querySelector<HTMLElement>(`${MARKS}[tabindex="0"]`);
  // A claim's stop is its first mark in text order (a claim split by another has several).
  const currentIsStop = current !== null && markOf(root, current.getAttribute("data-claim-id")!) === current;
  const chosen =
    (preferredId && markOf(root, preferredId)) || (currentIsStop ? current : root.querySelector<HTMLElement>(MARKS));
  for (const mark of root.querySelectorAll<HTMLElement>(`${MARKS}[tabindex="0"]`))
    if (mark !== chosen) mark.setAttribute("tabindex", "-1");
  chosen?.setAttribute("tabindex", "0");
}

const STEPS: Record<string, "next" | "previous" | "first" | "last"> = {
  ArrowRight: "next",
  ArrowDown: "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  Home: "first",
  End: "last",
};

/** Moves the focus between highlights for an arrow, Home or End pressed on one; true when it handled the key. */
export function moveBetweenHighlights(root: HTMLElement, from: HTMLElement, key: string): boolean {
  const step = STEPS[key];
  if (!step) return false;
  const stops = claimStops(root);
  if (stops.length === 0) return false;
  const fromId = from.getAttribute("data-claim-id");
  const at = stops.findIndex((m) => m.getAttribute("data-claim-id") === fromId);
  const index =
    step === "first"
      ? 0
      : step === "last"
        ? stops.length - 1
        : Math.min(stops.length - 1, Math.max(0, at + (step === "next" ? 1 : -1)));
  const target = stops[index]!;
  placeTabStop(root, target.getAttribute("data-claim-id"));
  target.focus();
  target.scrollIntoView({ block: "nearest" });
  return true;
}
