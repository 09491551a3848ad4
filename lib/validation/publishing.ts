import { z } from "zod";
import { VERDICTS } from "../verdicts";
import { day, optionalText, optionalWebAddress } from "./document";

export const MAX_HEADLINE_LENGTH = 200;
export const MAX_PUBLIC_SUMMARY_LENGTH = 2000;
export const MAX_CORRECTION_LENGTH = 280;

const oneLine = (what: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, empty)
        .max(max, `${what} can be at most ${max.toLocaleString("en")} characters.`),
    );

/** What "Publish fact-check" sends: the public words, who made the claim and where, the sources to show. */
export const publishFactCheckSchema = z.object({
  headline: oneLine("The headline", MAX_HEADLINE_LENGTH, "Give the fact-check a headline."),
  summary: z
    .string({ error: "Write the summary the public page will show." })
    .trim()
    .min(1, "Write the summary the public page will show.")
    .max(
      MAX_PUBLIC_SUMMARY_LENGTH,
      `The summary can be at most ${MAX_PUBLIC_SUMMARY_LENGTH.toLocaleString("en")} characters.`,
    ),
  claimAuthor: optionalText("Who made the claim"),
  claimPublisher: optionalText("Where it was published"),
  claimDate: day,
  claimUrl: optionalWebAddress("Give where the claim appeared as a full http:// or https:// address."),
  /** The addresses of the claim's sources to show (each one of its notes' sources). */
  sources: z
    .array(z.string().max(2000), { error: "Choose the sources to show." })
    .min(1, "Choose at least one source to show.")
    .max(50, "Show at most 50 sources."),
});

/** "Update fact-check": the same fields, and a one-line note of what changed, shown on the page. */
export const updateFactCheckSchema = publishFactCheckSchema.extend({
  correction: oneLine("The correction note", MAX_CORRECTION_LENGTH, "Say in one line what this update changes."),
});

export const unpublishFactCheckSchema = z.object({
  reason: oneLine("The reason", 500, "Say why the fact-check is unpublished; the page will show it."),
});

const ratingValue = z.number({ error: "Give a whole number, or leave it empty for no number." }).int().nullable();

/** The desk's publishing settings (/admin/settings, "Publishing"). */
export const deskSettingsSchema = z
  .object({
    organisationName: oneLine("The organisation's name", 200, "Give the organisation's name."),
    organisationUrl: optionalWebAddress("Give the organisation's address as a full http:// or https:// address."),
    logoUrl: optionalWebAddress("Give the logo's address as a full http:// or https:// address."),
    licenceName: oneLine("The licence", 100, "Name the licence pages are published under."),
    licenceUrl: optionalWebAddress("Give the licence's address as a full http:// or https:// address."),
    ratingWorst: z.number({ error: "Give the worst rating as a whole number." }).int().min(-100).max(100),
    ratingBest: z.number({ error: "Give the best rating as a whole number." }).int().min(-100).max(100),
    ratingValues: z.object(
      Object.fromEntries(VERDICTS.map((v) => [v, ratingValue])) as Record<
        (typeof VERDICTS)[number],
        typeof ratingValue
      >,
    ),
    showReviewerNames: z.boolean().default(false),
  })
  .superRefine((settings, ctx) => {
    if (settings.ratingBest <= settings.ratingWorst) {
      ctx.addIssue({ code: "custom", path: ["ratingBest"], message: "The best rating must be above the worst." });
      return;
    }
    for (const verdict of VERDICTS) {
      const value = settings.ratingValues[verdict];
      if (value !== null && (value < settings.ratingWorst || value > settings.ratingBest))
        ctx.addIssue({
          code: "custom",
          path: ["ratingValues", verdict],
          message: `Give a value from ${settings.ratingWorst} to ${settings.ratingBest}, or leave it empty.`,
        });
    }
  });
