import { z } from "zod";
import { VERDICTS } from "../verdicts";

export const MAX_RATIONALE_LENGTH = 10_000;
export const MAX_SOURCES = 20;

/** An http(s) URL, the only kind of source a note may cite. */
export const sourceUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the source's URL.")
  .max(2000, "A URL can be at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, "Enter a full http:// or https:// address.");

export const sourceSchema = z.object({
  url: sourceUrlSchema,
  title: z
    .string()
    .trim()
    .max(300, "A source title can be at most 300 characters.")
    .optional()
    .transform((title) => (title ? title : undefined)),
});

/** A verification note, for adding and for editing. */
export const noteSchema = z.object({
  verdict: z.enum(VERDICTS, { error: "Choose a verdict from the scale." }),
  rationale: z
    .string()
    .trim()
    .min(1, "Write the reasoning behind the verdict.")
    .max(MAX_RATIONALE_LENGTH, `The rationale can be at most ${MAX_RATIONALE_LENGTH.toLocaleString("en")} characters.`),
  sources: z.array(sourceSchema).max(MAX_SOURCES, `A note can cite at most ${MAX_SOURCES} sources.`),
});
export type NoteInput = z.infer<typeof noteSchema>;
