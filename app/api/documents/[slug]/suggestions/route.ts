import { listDismissed } from "@/lib/data/suggestions/dismissals";
import { listSuggestions } from "@/lib/data/suggestions/sentence-scores";
import { fail } from "@/lib/result";
import { readRoute } from "@/server/route";
import { admitToDocument } from "@/lib/data/workspaces/scope";

/**
 * GET: the current revision's suggested claims (text, start, end, score, band, reasons), best first, with the
 * `modelVersion` that scored them and the revision's `sentenceCount`. `?all=1` adds `sentences`: every sentence in
 * text order with its score and whether it is suggested (for people evaluating the model). `?dismissed=1` answers the
 * dismissed ones instead, latest first, with who dismissed each. Open to everyone, like the reader.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  const search = new URL(request.url).searchParams;
  if (search.get("dismissed") === "1") return listDismissed(db, params.slug);
  const all = search.get("all");
  if (all !== null && all !== "1" && all !== "0")
    return fail(400, "all must be 1 (every sentence) or 0 (the suggestions only).");
  return listSuggestions(db, params.slug, { all: all === "1" });
});
