import { z } from "zod";
import { LOCALES } from "../i18n/locales";

const id = z.string().min(1, "An id is required.").max(100, "That id is too long.");

/** "Same claim": link to another claim (`claimId`) or to an imported fact-check (`factCheckId`), exactly one. */
export const claimLinkSchema = z.union([z.object({ claimId: id }).strict(), z.object({ factCheckId: id }).strict()], {
  error: "Give either claimId or factCheckId (one of them).",
});

/** The similar fact-checks query: the text, how many (1–20, default 5), and the claim to leave out. */
export const similarQuerySchema = z.object({
  // Longer texts are cut, not refused: a pasted post or paragraph is still a fair question.
  q: z.string().trim().min(3, "Give at least three characters of claim text (q)."),
  // Above 20 is clamped to 20: a caller asking for more gets the most there is.
  limit: z.coerce
    .number()
    .int("limit is a whole number.")
    .min(1, "limit is at least 1.")
    .transform((limit) => Math.min(limit, 20))
    .default(5),
  claim: id.optional(),
  /** The workspace whose fact-checks to search (its slug); the claim's when `claim` is given, else the Default one. */
  workspace: z.string().trim().max(100, "workspace is a workspace's address, at most 100 characters.").optional(),
  minStrength: z
    .enum(["possible", "close", "any"], { error: 'minStrength is "possible" (the default), "close" or "any".' })
    .default("possible"),
});

/** The reader's remembered settings. */
export const readerPreferencesSchema = z
  .object({
    showSuggestions: z.boolean({ error: "showSuggestions is true or false." }).optional(),
    /** The interface language, or null to follow the browser's languages. */
    locale: z
      .enum(LOCALES, { error: `locale is one of ${LOCALES.join(", ")}, or null to follow the browser.` })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((input) => input.showSuggestions !== undefined || input.locale !== undefined, {
    error: "Give showSuggestions, locale or both.",
  });

/** The largest ClaimReview file an import takes (the server refuses more; the form says so first). */
export const MAX_CLAIMREVIEW_FILE_BYTES = 50 * 1024 * 1024;
export const CLAIMREVIEW_FILE_TOO_LARGE = "The file is over 50 MB. Nothing was imported.";
