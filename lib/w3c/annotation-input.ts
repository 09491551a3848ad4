import { MAX_RATIONALE_LENGTH, MAX_SOURCES } from "../validation/note";
import { parseVerdict, type Verdict } from "../verdicts";
import { ANNO_CONTEXT } from "./render-w3c";
import type { TextPositionSelector, TextQuoteSelector } from "../anchoring/types";

/** What a client's W3C annotation asks for, in Claimmark's terms. */
export interface AnnotationRequest {
  motivation: "assessing" | "highlighting";
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** A verification note from the assessing, commenting and linking bodies (none for a bare highlight). */
  note: { verdict: Verdict; rationale: string; sources: { url: string }[] } | null;
  /** Server-managed fields as the client sent them (a PUT may not change them). */
  managed: { id?: unknown; created?: unknown; creator?: unknown };
}

export type ParsedAnnotation =
  { ok: true; value: AnnotationRequest } | { ok: false; status: 400 | 422; field: string; message: string };

const bad = (status: 400 | 422, field: string, message: string): ParsedAnnotation => ({
  ok: false,
  status,
  field,
  message,
});
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The path part of a target's source must be the container's document (host names do not matter). */
function sourceNamesDocument(source: string, documentPath: string): boolean {
  try {
    const url = new URL(source, "http://placeholder.invalid");
    return url.pathname.replace(/\/+$/, "") === documentPath;
  } catch {
    return false;
  }
}

function selectorsOf(
  target: Record<string, unknown>,
): ParsedAnnotation | { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const [index, selector] of list(target.selector).entries()) {
    const field = `target.selector[${index}]`;
    if (!isObject(selector)) return bad(400, field, `${field} must be an object.`);
    if (selector.type === "TextQuoteSelector") {
      if (typeof selector.exact !== "string" || !selector.exact)
        return bad(400, `${field}.exact`, 'A TextQuoteSelector needs the quoted text in "exact".');
      const prefix = selector.prefix ?? "";
      const suffix = selector.suffix ?? "";
      if (typeof prefix !== "string" || typeof suffix !== "string")
        return bad(400, field, "A TextQuoteSelector's prefix and suffix are strings.");
      quote = { type: "TextQuoteSelector", exact: selector.exact, prefix, suffix };
    } else if (selector.type === "TextPositionSelector") {
      const { start, end } = selector;
      if (
        !Number.isSafeInteger(start) ||
        !Number.isSafeInteger(end) ||
        (start as number) < 0 ||
        (end as number) <= (start as number)
      ) {
        return bad(400, field, "A TextPositionSelector needs whole-number start and end, with start < end.");
      }
      position = { type: "TextPositionSelector", start: start as number, end: end as number };
    } else {
      return bad(
        422,
        `${field}.type`,
        `Selector type ${JSON.stringify(selector.type)} is not supported: use TextQuoteSelector and/or TextPositionSelector.`,
      );
    }
  }
  if (!quote && !position)
    return bad(
      422,
      "target.selector",
      "The target needs a TextQuoteSelector or a TextPositionSelector on the document's text.",
    );
  return { quote, position };
}

/**
 * Reads a W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/) posted to a
 * document's container: the anno.jsonld context, type Annotation, motivation assessing or
 * highlighting, a target on this document with text selectors; an assessing body names the
 * verdict in words ("Misleading"), a commenting body carries the reasoning, and linking
 * bodies the sources. Anything else is refused with the field named.
 */
export function parseAnnotation(input: unknown, documentPath: string): ParsedAnnotation {
  if (!isObject(input)) return bad(400, "", "Send one annotation as a JSON object.");
  if (!list(input["@context"]).includes(ANNO_CONTEXT))
    return bad(400, "@context", `"@context" must be "${ANNO_CONTEXT}".`);
  if (!list(input.type).includes("Annotation")) return bad(400, "type", '"type" must be "Annotation".');
  const motivations = list(input.motivation);
  const motivation = motivations.find(
    (m): m is "assessing" | "highlighting" => m === "assessing" || m === "highlighting",
  );
  if (!motivation || motivations.length !== 1)
    return bad(422, "motivation", 'Claimmark stores annotations with motivation "assessing" or "highlighting".');

  const targets = list(input.target);
  if (targets.length !== 1 || !isObject(targets[0]))
    return bad(400, "target", "Give one target: an object with a source and text selectors.");
  const target = targets[0];
  if (
    target.source !== undefined &&
    (typeof target.source !== "string" || !sourceNamesDocument(target.source, documentPath))
  ) {
    return bad(
      422,
      "target.source",
      `The target's source must be this container's document (${documentPath}); post annotations on another document to its own container.`,
    );
  }
  const selectors = selectorsOf(target);
  if ("ok" in selectors) return selectors;

  let verdict: Verdict | null = null;
  const comments: string[] = [];
  const sources: { url: string }[] = [];
  for (const [index, body] of list(input.body).entries()) {
    const field = `body[${index}]`;
    if (!isObject(body)) return bad(400, field, `${field} must be an object.`);
    const purpose = body.purpose;
    if (
      purpose === "linking" ||
      (purpose === undefined && typeof body.source === "string" && body.type === "SpecificResource")
    ) {
      const url = typeof body.source === "string" ? body.source : typeof body.id === "string" ? body.id : null;
      if (!url) return bad(400, field, 'A linking body names its source URL in "source".');
      sources.push({ url });
      continue;
    }
    if (typeof body.value !== "string") return bad(400, `${field}.value`, `${field} needs its text in "value".`);
    if (purpose === "assessing") {
      verdict = parseVerdict(body.value);
      if (!verdict)
        return bad(
          422,
          `${field}.value`,
          `"${body.value.slice(0, 40)}" is not a verdict: use True, Mostly true, Mixed, Misleading, False or Unverifiable.`,
        );
    } else if (purpose === "commenting" || purpose === "describing" || purpose === undefined) comments.push(body.value);
    else if (purpose === "tagging") continue;
    else return bad(422, `${field}.purpose`, `Body purpose ${JSON.stringify(purpose)} is not supported here.`);
  }
  if (sources.length > MAX_SOURCES) return bad(400, "body", `At most ${MAX_SOURCES} linking bodies (sources).`);
  let note: AnnotationRequest["note"] = null;
  if (verdict) {
    const rationale = comments.join("\n\n").trim();
    if (!rationale)
      return bad(422, "body", "An assessing body needs a commenting body with the reasoning behind the verdict.");
    if (rationale.length > MAX_RATIONALE_LENGTH)
      return bad(400, "body", `The reasoning can be at most ${MAX_RATIONALE_LENGTH} characters.`);
    note = { verdict, rationale, sources };
  } else if (comments.length || sources.length) {
    return bad(
      422,
      "body",
      "Comments and sources need an assessing body with the verdict (a verification note has a verdict).",
    );
  }
  if (motivation === "highlighting" && note)
    return bad(422, "motivation", 'A "highlighting" annotation has no verdict; use "assessing".');

  return {
    ok: true,
    value: {
      motivation,
      quote: selectors.quote,
      position: selectors.position,
      note,
      managed: { id: input.id, created: input.created, creator: input.creator },
    },
  };
}
