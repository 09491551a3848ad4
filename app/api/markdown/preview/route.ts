import { z } from "zod";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { fail, ok } from "@/lib/result";
import { MAX_RATIONALE_LENGTH } from "@/lib/validation/note";
import { apiRoute } from "@/server/route";

const previewSchema = z.object({
  text: z.string().max(MAX_RATIONALE_LENGTH, `At most ${MAX_RATIONALE_LENGTH.toLocaleString("en")} characters.`),
});

/**
 * POST {text}: the Markdown as the panel will show it, rendered and sanitised by the same code (signed in; nothing is
 * saved).
 */
export const POST = apiRoute({ caller: "user" }, async ({ body }) => {
  const parsed = previewSchema.safeParse(body);
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Send {text}.");
  return ok({ html: renderMarkdown(parsed.data.text) });
});
