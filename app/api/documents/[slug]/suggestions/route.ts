import { listSuggestions } from "@/lib/data/suggestions/sentence-scores";
import { readRoute } from "@/server/route";

/**
 * GET: the current revision's check-worthy sentences (text, start, end, score, band, reasons), best first. Open to
 * everyone, like the reader.
 */
export const GET = readRoute<{ slug: string }>(({ db, params }) => listSuggestions(db, params.slug));
